import { actionExplanations } from '../../data/action-explanations';
import { directionById, relationFormById } from '../../data/partner-strategy';
import { relationSteering } from '../../data/relation-steering';
import type { PartnerAssessment } from '../../lib/partner-strategy/assessment';
import type { Goal, PartnerRow } from '../../lib/partner-strategy/matrix-state';
import { actionsHref, ambitionLineHref, directionHref, roleHref, roleLabel } from './links';
import { formatScore, gapText } from './wording';

function DirectionLinks(props: { ids: PartnerAssessment['suggestedDirections'] }) {
  if (props.ids.length === 0) return <>geen verandering nodig</>;
  return (
    <>
      {props.ids.map((id, i) => {
        const direction = directionById(id);
        return (
          <span key={id}>
            {i > 0 && ', '}
            <a href={directionHref(id)}>
              {direction.arrow} {direction.label}
            </a>
          </span>
        );
      })}
    </>
  );
}

/** Everything the method says about one partner (steps 2 to 5), with links into the chapters. */
export function PartnerAssessmentView(props: {
  partner: PartnerRow;
  goal: Goal | undefined;
  assessment: PartnerAssessment;
  /** The heading level that fits where the view stands in the page (default h3). */
  headingLevel?: 2 | 3 | 4;
}) {
  const { partner, assessment } = props;
  const Heading = `h${props.headingLevel ?? 3}` as 'h3';
  return (
    <section class="partner-assessment" aria-labelledby={`assessment-${partner.id}`}>
      <Heading id={`assessment-${partner.id}`}>{partner.name}</Heading>
      <p class="partner-assessment__meta">
        {props.goal ? `Doel: ${props.goal.name} · ` : ''}
        {relationFormById(partner.relation).label} · invloed {formatScore(partner.influence)} ·
        afhankelijkheid {formatScore(partner.dependency)}
      </p>
      <dl>
        <dt>
          Positie (<a href={ambitionLineHref()}>ambitielijn</a>)
        </dt>
        <dd>{gapText(assessment.side, assessment.gap)}</dd>
        <dt>Richting die de positie aanraadt</dt>
        <dd>
          <DirectionLinks ids={assessment.suggestedDirections} />
          <p class="reasoning">{assessment.reasoning}</p>
        </dd>
        <dt>Richting van de pijl</dt>
        <dd>
          {partner.target ? (
            assessment.arrowDirections.length > 0 ? (
              <DirectionLinks ids={assessment.arrowDirections} />
            ) : (
              'de gewenste positie is gelijk aan de huidige'
            )
          ) : (
            'nog geen gewenste positie'
          )}
        </dd>
        <dt>
          Passende acties (<a href={actionsHref()}>stap 4</a>)
        </dt>
        <dd>
          <p class="reasoning">
            <strong>Vorm van de relatie: {relationFormById(partner.relation).label}.</strong>{' '}
            {relationSteering[partner.relation]}
          </p>
          {assessment.actions.length > 0 ? (
            <ul>
              {assessment.actions.map((action) => (
                <li key={action.id}>
                  <strong>{action.label}.</strong> {actionExplanations[action.id]}
                </li>
              ))}
            </ul>
          ) : (
            'geen'
          )}
        </dd>
        <dt>
          Onderhoud van de relatie (<a href={roleHref(assessment.role)}>stap 5</a>)
        </dt>
        <dd>
          <strong>{roleLabel(assessment.role)}.</strong> {assessment.roleReason}
        </dd>
      </dl>
    </section>
  );
}
