// Answers to statements that were split or rephrased (they asked two things at once): saved
// work, share links and JSON files from before the change keep those answers apart, say so in
// Dutch, and never count them as answers to the new statements.
import { describe, expect, it } from 'vitest';
import { responseFromLink, scanFromFile } from '../../components/questionnaire/questionnaire-files';
import { capabilityDefinition } from '../capability-scan/definition';
import { toJsonExport } from '../instrument-kit/json-export';
import { buildFragment, encodeSharePayload } from '../instrument-kit/share-link';
import { partnershipCheckDefinition } from '../partnership-check/definition';
import { newDocument } from '../work-library/library';
import { readDocument } from '../work-library/document';
import { allStatements, retiredStatements, type QDefinition } from './definition';
import { responseToCsv } from './response-csv';
import { sanitizeResponse } from './response';
import { scanFormat, type ScanState } from './scan-state';

const check = partnershipCheckDefinition;
const scan = capabilityDefinition;

/** A response as the version before the split saved it: answers to the old statement ids. */
function oldResponse(respondent: string, answers: Record<string, number | 'weet-niet'>) {
  return { v: 1, definition: check.id, respondent, answers, ambitions: {} };
}

const before = oldResponse('Gemeente Noorddorp', {
  'doel-1': 4,
  'rollen-1': 3,
  'rollen-2': 2,
  'rollen-3': 'weet-niet',
  'leiderschap-2': 5,
});

describe('the retired statements in the data', () => {
  for (const def of [check, scan]) {
    it(`${def.id}: an old id is never reused and points to new statements of its own item`, () => {
      const current = new Set(allStatements(def).map(({ statement }) => statement.id));
      const retired = retiredStatements(def);
      expect(retired.length).toBeGreaterThan(0);
      for (const { statement, item } of retired) {
        expect(current.has(statement.id), statement.id).toBe(false);
        const own = new Set(item.statements.map((s) => s.id));
        for (const id of statement.replacedBy) expect(own.has(id), id).toBe(true);
      }
    });
  }

  it('the split statements are the ones the review named', () => {
    const ids = (def: QDefinition) => retiredStatements(def).map(({ statement }) => statement.id);
    expect(ids(check)).toEqual(['rollen-2', 'rollen-3', 'leiderschap-2']);
    expect(ids(scan)).toEqual(['commitment-leiding-1', 'samenwerkingscultuur-2']);
  });
});

describe('an answer to a retired statement', () => {
  it('is set aside with a Dutch message, and the new statements stay unanswered', () => {
    const read = sanitizeResponse(check, before);
    if (!read.ok) throw new Error(read.message);
    expect(read.value.answers).toEqual({ 'doel-1': 4, 'rollen-1': 3 });
    expect(read.value.setAside).toEqual({
      'rollen-2': 2,
      'rollen-3': 'weet-niet',
      'leiderschap-2': 5,
    });
    expect(read.warnings).toEqual([
      expect.stringMatching(
        /^Gemeente Noorddorp: De antwoorden op 3 oude stellingen bij ‘Heldere rollen en verantwoordelijkheden’ en ‘Leiderschap dat blijft verbinden’ staan apart\. .*twee dingen tegelijk.*telt niet mee in de score/,
      ),
    ]);
    // Read again (the next visit): kept as it is, and no message a second time.
    const again = sanitizeResponse(check, JSON.parse(JSON.stringify(read.value)));
    expect(again).toEqual({ ok: true, value: read.value, warnings: [] });
  });

  it('is not counted as an unknown statement, and a bad one is still dropped', () => {
    const read = sanitizeResponse(check, oldResponse('', { 'rollen-2': 9, 'onbekend-1': 3 }));
    expect(read.ok && read.value.setAside).toBeUndefined();
    expect(read.ok && read.warnings).toEqual([
      'Er was 1 antwoord bij een stelling die niet in deze vragenlijst staat. Dat antwoord is weggelaten.',
    ]);
  });

  it('goes into the CSV as an old statement that does not count', () => {
    const read = sanitizeResponse(check, before);
    const csv = read.ok ? responseToCsv(check, read.value) : '';
    expect(csv).toContain(
      '"rollen-2";"Oude stelling, telt niet mee: We weten van elkaar wie waarvoor verantwoordelijk is, en we komen die afspraken na.";2;',
    );
    expect(csv).toContain('"rollen-4";"We weten van elkaar wie waarvoor verantwoordelijk is.";;');
  });
});

describe('the ways in', () => {
  const format = scanFormat(scan, 'quickscan-samenwerkingsvermogen', 'Mijn samenwerkingsvermogen');
  const oldScan = {
    v: 1,
    step: 1,
    own: {
      v: 1,
      definition: scan.id,
      respondent: '',
      answers: { 'commitment-leiding-1': 4, 'commitment-leiding-2': 3 },
      ambitions: { 'commitment-leiding': 5 },
    },
    team: [
      {
        v: 1,
        definition: scan.id,
        respondent: 'Piet',
        answers: { 'samenwerkingscultuur-2': 2, 'heldere-ambitie-1': 5 },
        ambitions: {},
      },
    ],
  };

  it('stored work of format 1 migrates to format 2 with nothing lost', () => {
    const doc = { ...newDocument(format.instrument, 'Mijn scan', 1, oldScan), format: 1 };
    const read = readDocument(doc, format);
    if (read.kind !== 'ok') throw new Error(read.kind);
    const state: ScanState = read.state;
    expect(state.step).toBe(1);
    expect(state.own.answers).toEqual({ 'commitment-leiding-2': 3 });
    expect(state.own.setAside).toEqual({ 'commitment-leiding-1': 4 });
    expect(state.own.ambitions).toEqual({ 'commitment-leiding': 5 });
    expect(state.team[0].answers).toEqual({ 'heldere-ambitie-1': 5 });
    expect(state.team[0].setAside).toEqual({ 'samenwerkingscultuur-2': 2 });
    expect(read.warnings).toHaveLength(2);
    expect(read.warnings[0]).toMatch(/^Het antwoord op een oude stelling bij ‘Commitment/);
    expect(read.warnings[1]).toMatch(/^Piet: Het antwoord op een oude stelling bij ‘Een cultuur/);
    // Format 2 as saved by this version reads back without any message.
    const saved = readDocument({ ...doc, format: 2, state: read.state }, format);
    expect(saved).toEqual({ kind: 'ok', state: read.state, warnings: [] });
  });

  it('a share link made before the change keeps the answer apart', async () => {
    const link = `https://partnerwijzer.nl/instrumenten/partnerschapscheck/${buildFragment({ data: await encodeSharePayload(before) })}`;
    const read = await responseFromLink(check, link);
    expect(read.ok && read.value.setAside).toEqual({
      'rollen-2': 2,
      'rollen-3': 'weet-niet',
      'leiderschap-2': 5,
    });
    expect(read.ok && read.warnings[0]).toMatch(/staan apart/);
  });

  it('a JSON file exported before the change opens with the answer apart', () => {
    const bytes = new TextEncoder().encode(toJsonExport(format.instrument, 1, oldScan));
    const read = scanFromFile(scan, format.instrument, bytes);
    expect(read.ok && read.value.own.setAside).toEqual({ 'commitment-leiding-1': 4 });
    expect(read.ok && read.value.team[0].setAside).toEqual({ 'samenwerkingscultuur-2': 2 });
    expect(read.ok && read.warnings).toHaveLength(2);
  });
});
