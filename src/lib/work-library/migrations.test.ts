import { describe, expect, it } from 'vitest';
import { applyMigrations, type Migration } from './migrations';

const migrations: Record<number, Migration> = {
  1: (old) => ({ title: (old as { name: string }).name }), // v1 {name} → v2 {title}
  2: (old) => ({ ...(old as object), tags: [] }), //          v2 {title} → v3 {title, tags}
};

describe('applyMigrations', () => {
  it('chains v1 → v2 → v3', () => {
    expect(applyMigrations({ name: 'Oud plan' }, 1, 3, migrations)).toEqual({
      ok: true,
      value: { title: 'Oud plan', tags: [] },
      warnings: [],
    });
    expect(applyMigrations('x', 3, 3, {})).toMatchObject({ ok: true, value: 'x' });
  });

  it('refuses a missing migration, naming the version', () => {
    expect(applyMigrations({ name: 'a' }, 1, 3, { 2: migrations[2]! })).toEqual({
      ok: false,
      message: expect.stringContaining('versie 1'),
    });
  });

  it('refuses a migration that throws', () => {
    const throwing = {
      2: () => {
        throw new Error('x');
      },
    };
    expect(applyMigrations(null, 2, 3, throwing)).toMatchObject({
      ok: false,
      message: expect.stringContaining('van versie 2 naar 3'),
    });
  });

  it('does not take an inherited property for a migration', () => {
    expect(applyMigrations('x', 1, 2, Object.create({ 1: () => 'y' }))).toMatchObject({
      ok: false,
    });
  });
});
