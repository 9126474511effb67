import { describe, expect, it } from 'vitest';
import { encodeSharePayload } from '../instrument-kit/share-link';
import { inviteFragment, readInvite, readResult, resultFragment, teamLinkKind } from './team-links';
import { result, session } from './test-fixtures';

const page = 'https://partnerwijzer.nl/instrumenten/teammatrix/';

describe('participant link', () => {
  it('carries the session there and back', async () => {
    const link = page + (await inviteFragment(session));
    expect(teamLinkKind(link)).toBe('invite');
    const read = await readInvite(link);
    expect(read).toEqual({ ok: true, value: session, warnings: [] });
  });

  it('cleans names and refuses a session without partners', async () => {
    const dirty = { ...session, partners: [{ id: 'x', name: 'Bie\u202eb', goalId: 'doel-1' }] };
    const read = await readInvite(await inviteFragment(dirty));
    expect(read.ok && read.value.partners[0].name).toBe('Bieb');
    const empty = await readInvite(await inviteFragment({ ...session, partners: [] }));
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.message).toMatch(/geen partners/);
  });

  it('answers a garbled, cut or foreign link in Dutch', async () => {
    const good = await inviteFragment(session);
    const cases = [
      good.slice(0, good.length - 7),
      good.replace('deelnemen=1.', 'deelnemen=1.%%'),
      '#deelnemen=1.AAAA',
      '#deelnemen=',
      '#iets=anders',
      'zomaar tekst',
      await resultFragment(result('Anna', { 'p-bib': [5, 5] })),
    ];
    for (const text of cases) {
      const read = await readInvite(text);
      expect(read.ok, text).toBe(false);
      expect(!read.ok && read.message).toMatch(/link|teammatrix/i);
      expect(!read.ok && read.message).toMatch(/niet aangepast/);
    }
  });

  it('says so when the link comes from a newer version', async () => {
    const newer = `#deelnemen=${await encodeSharePayload({ kind: 'teammatrix-uitnodiging', v: 2, session })}`;
    const read = await readInvite(newer);
    expect(!read.ok && read.message).toMatch(/nieuwere versie/);
  });
});

describe('result link', () => {
  it('carries a result and checks it belongs to the session', async () => {
    const sent = result('Anna', { 'p-bib': [7.5, 3], 'p-ngo': [2, 9.5] });
    const link = page + (await resultFragment(sent));
    expect(teamLinkKind(link)).toBe('result');
    const read = await readResult(link, session);
    expect(read.ok && read.value).toEqual(sent);
    const other = await readResult(link, { ...session, id: 'sessie-ander', name: 'Ander' });
    expect(!other.ok && other.message).toMatch(/andere teammatrix dan “Ander”/);
  });

  it('clamps scores to the scale and skips unknown partners with a warning', async () => {
    const sent = result('Bo', { 'p-bib': [12, -3], 'p-weg': [5, 5] });
    const read = await readResult(await resultFragment(sent), session);
    expect(read.ok && read.value.placements).toEqual([
      { id: 'p-bib', influence: 10, dependency: 0, target: null },
    ]);
    expect(read.ok && read.warnings.join(' ')).toMatch(/niet \(of twee keer\) in deze teammatrix/);
  });
});

describe('result file name', () => {
  it('names the instrument and the participant, without accents or spaces', async () => {
    const { resultFilename } = await import('./result');
    const day = new Date('2026-12-01T10:00:00Z');
    expect(resultFilename('Zoë de Vries', day)).toBe('teammatrix-zoe-de-vries-2026-12-01.json');
    expect(resultFilename('  ', day)).toBe('teammatrix-deelnemer-2026-12-01.json');
  });
});
