import { describe, expect, it } from 'vitest';
import { failure, success } from './result';

describe('Outcome helpers', () => {
  it('success carries the value and (by default no) warnings', () => {
    expect(success(5)).toEqual({ ok: true, value: 5, warnings: [] });
    expect(success('x', ['Let op.'])).toEqual({ ok: true, value: 'x', warnings: ['Let op.'] });
  });
  it('failure carries the message', () => {
    expect(failure('Dit ging mis. Er is niets veranderd.')).toEqual({
      ok: false,
      message: 'Dit ging mis. Er is niets veranderd.',
    });
  });
});
