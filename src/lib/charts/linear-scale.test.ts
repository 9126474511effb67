import { expect, it } from 'vitest';
import { linearScale } from './linear-scale';

it('maps a domain onto a range and back, also when the range runs backwards', () => {
  const x = linearScale([0, 10], [72, 616]);
  expect(x(0)).toBe(72);
  expect(x(5)).toBe(344);
  expect(x.invert(344)).toBe(5);
  const y = linearScale([1, 5], [400, 0]);
  expect(y(1)).toBe(400);
  expect(y(5)).toBe(0);
  expect(y.invert(100)).toBe(4);
});
