import { expect, it } from 'vitest';
import { formatDutchDate, joinDutch } from './provenance';

it('writes dates the Dutch way', () => {
  expect(formatDutchDate(new Date('2026-11-22'))).toBe('22 november 2026');
  expect(formatDutchDate(new Date('2027-03-01'))).toBe('1 maart 2027');
});

it('joins names with commas and "en"', () => {
  expect(joinDutch([])).toBe('');
  expect(joinDutch(['A'])).toBe('A');
  expect(joinDutch(['A', 'B'])).toBe('A en B');
  expect(joinDutch(['A', 'B', 'C'])).toBe('A, B en C');
});
