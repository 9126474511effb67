import { describe, expect, it } from 'vitest';
import { capabilityChapterPath, capabilityModel } from '../../src/data/capability-model';
import { brokerChapterPath, partnershipCheck } from '../../src/data/partnership-check';
import { builtPages } from '../support/dist';
import { rootBuild } from '../support/site-builds';

// The questionnaires link each condition or criterion to its heading in a chapter. Those links
// are made in the browser (results only), so the static link check never sees them: check the
// anchors in the data against the built chapters here.

function idsOn(chapterPath: string): Set<string> {
  const page = builtPages(rootBuild).find((p) => p.urlPath === `/${chapterPath}`);
  if (!page) throw new Error(`No /${chapterPath} in the build`);
  return new Set([...page.document.querySelectorAll('[id]')].map((el) => el.id));
}

describe('instrument links into the chapters', () => {
  it('every condition of the quick-scan has its heading in /samenwerkingsvermogen/', () => {
    const ids = idsOn(capabilityChapterPath);
    const anchors = capabilityModel.domains.flatMap((d) => d.conditions.map((c) => c.anchor));
    expect(anchors.filter((anchor) => !ids.has(anchor))).toEqual([]);
  });

  it('every criterion of the partnership check has its heading in /partnership-broker/', () => {
    const ids = idsOn(brokerChapterPath);
    const anchors = partnershipCheck.criteria.map((c) => c.anchor);
    expect(anchors).toHaveLength(5);
    expect(anchors.filter((anchor) => !ids.has(anchor))).toEqual([]);
  });
});
