import { describe, expect, it } from 'vitest';
import { allItems, allStatements } from './definition';
import { flat, nested } from './test-fixtures';

describe('definition helpers', () => {
  it('lists items and statements in definition order', () => {
    expect(allItems(nested).map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
    const statements = allStatements(nested);
    expect(statements.map((s) => s.statement.id)).toEqual([
      'a1s1',
      'a1s2',
      'a2s1',
      'a2s2',
      'b1s1',
      'b1s2',
      'b2s1',
      'b2s2',
    ]);
    expect(statements[5]).toMatchObject({ item: { id: 'b1' }, group: { id: 'g2' } });
    expect(allItems(flat)).toHaveLength(5);
    expect(allStatements(flat)).toHaveLength(15);
  });
});
