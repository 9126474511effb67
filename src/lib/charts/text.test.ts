import { describe, expect, it } from 'vitest';
import { textBlock, textWidth, wrapText } from './text';

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('Taalhuis', 200, 13)).toEqual(['Taalhuis']);
  });

  it('breaks between words, every line within the width, no character lost', () => {
    const name = 'Studiemaatje BV (huiswerkbegeleiding) voor de hele regio Rivierenland';
    const lines = wrapText(name, 180, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(180);
    expect(lines.join(' ')).toBe(name);
  });

  it('breaks a word longer than a line inside it, and never an emoji in two', () => {
    const lines = wrapText(`${'x'.repeat(40)}😀😀`, 60, 13);
    expect(lines.join('')).toBe(`${'x'.repeat(40)}😀😀`);
    for (const line of lines) expect(line.isWellFormed()).toBe(true);
  });
});

describe('textBlock', () => {
  it('stacks the lines down from the first baseline and says where the next goes', () => {
    const block = textBlock(
      'een twee drie vier',
      { x: 5, y: 20, maxWidth: 40, lineHeight: 16 },
      { size: 13 },
    );
    expect(block.lines.map((l) => l.y)).toEqual(block.lines.map((_, i) => 20 + i * 16));
    expect(block.next).toBe(20 + block.lines.length * 16);
  });
});
