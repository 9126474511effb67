import { describe, expect, it } from 'vitest';
import { createUndoStack } from './undo';

describe('createUndoStack', () => {
  it('undoes the newest deletion first', () => {
    const undo = createUndoStack<string[]>();
    expect(undo.peek()).toBeUndefined();
    expect(undo.pop()).toBeUndefined();
    undo.push('Bibliotheek verwijderd', ['a', 'b']);
    undo.push('School verwijderd', ['a']);
    expect(undo.size).toBe(2);
    expect(undo.peek()).toEqual({ label: 'School verwijderd' });
    expect(undo.pop()).toEqual({ label: 'School verwijderd', snapshot: ['a'] });
    expect(undo.pop()).toEqual({ label: 'Bibliotheek verwijderd', snapshot: ['a', 'b'] });
    expect(undo.size).toBe(0);
  });

  it('keeps the newest 20 by default and drops the oldest', () => {
    const undo = createUndoStack<number>();
    for (let i = 1; i <= 25; i++) undo.push(`stap ${i}`, i);
    expect(undo.size).toBe(20);
    const popped: number[] = [];
    for (let entry = undo.pop(); entry; entry = undo.pop()) popped.push(entry.snapshot);
    expect(popped).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
  });

  it('respects a custom limit, at least 1', () => {
    const undo = createUndoStack<number>(2);
    [1, 2, 3].forEach((n) => undo.push(String(n), n));
    expect(undo.size).toBe(2);
    expect(undo.pop()?.snapshot).toBe(3);
    const one = createUndoStack<number>(0);
    one.push('a', 1);
    one.push('b', 2);
    expect(one.size).toBe(1);
    expect(one.peek()).toEqual({ label: 'b' });
  });

  it('clear empties the stack', () => {
    const undo = createUndoStack<number>();
    undo.push('a', 1);
    undo.clear();
    expect(undo.size).toBe(0);
    expect(undo.pop()).toBeUndefined();
  });
});
