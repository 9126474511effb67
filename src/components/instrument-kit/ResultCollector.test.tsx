import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Collector } from '../../lib/instrument-kit/collect-results';
import { success } from '../../lib/instrument-kit/result';
import { ResultCollector } from './ResultCollector';

/** A "result" is the name after "#data=". */
const names: Collector<string> = {
  parse: async ({ text }) => success([decodeURIComponent(text.split('#data=')[1] ?? '')]),
  key: (name) => name.toLowerCase(),
  name: (name) => name,
};

function setup(existing: string[] = []) {
  const onCollect = vi.fn();
  const view = render(
    <ResultCollector
      id="test"
      fileLabel="Bestanden om toe te voegen"
      accept=".json"
      collector={names}
      existing={existing}
      words={{ one: 'resultaat', many: 'resultaten' }}
      onCollect={onCollect}
    />,
  );
  const box = view.getByLabelText('Plak links naar resultaten') as HTMLTextAreaElement;
  const paste = (text: string) => {
    fireEvent.input(box, { target: { value: text } });
    fireEvent.click(view.getByRole('button', { name: 'Links toevoegen' }));
  };
  return { onCollect, box, paste };
}

describe('ResultCollector', () => {
  afterEach(cleanup);

  it('adds every link in a chat message and empties the box', async () => {
    const { onCollect, box, paste } = setup(['Cor']);
    paste('Van Anna: https://x.nl/q/#data=Anna, van Bram #data=Bram en Cor: #data=cor.');
    await waitFor(() => expect(onCollect).toHaveBeenCalledTimes(1));
    const [added, summary] = onCollect.mock.calls[0]!;
    expect(added).toEqual(['Anna', 'Bram']);
    expect(summary.text).toBe('2 resultaten toegevoegd, 1 stond er al (cor).');
    await waitFor(() => expect(box.value).toBe(''));
  });

  it('a second move right after the first counts what the first added, before any re-render', async () => {
    const { onCollect, paste } = setup();
    paste('#data=Anna');
    paste('#data=Anna');
    await waitFor(() => expect(onCollect).toHaveBeenCalledTimes(2));
    expect(onCollect.mock.calls.map(([added]) => added)).toEqual([['Anna'], []]);
    expect(onCollect.mock.calls[1]![1].text).toBe('Er is niets toegevoegd, 1 stond er al (Anna).');
  });

  it('says so when the pasted text holds no result link, and keeps the text', async () => {
    const { onCollect, box, paste } = setup();
    paste('Zie https://x.nl/hoofdstuk/#bronnen');
    await waitFor(() => expect(onCollect).toHaveBeenCalledTimes(1));
    expect(onCollect.mock.calls[0]![0]).toEqual([]);
    expect(onCollect.mock.calls[0]![1]).toMatchObject({ kind: 'error' });
    expect(box.value).toBe('Zie https://x.nl/hoofdstuk/#bronnen');
  });
});
