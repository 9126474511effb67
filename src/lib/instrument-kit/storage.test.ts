import { describe, expect, it } from 'vitest';
import { failure, success, type Outcome } from './result';
import { applyMigrations, createStore, type StorageLike, type StoreOptions } from './storage';

/** An in-memory localStorage whose methods can be made to fail. */
class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  failGet?: Error;
  failSet?: (key: string) => Error | undefined;
  failRemove?: Error;
  getItem(k: string) {
    if (this.failGet) throw this.failGet;
    return this.items.has(k) ? this.items.get(k)! : null;
  }
  setItem(k: string, v: string) {
    const error = this.failSet?.(k);
    if (error) throw error;
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    if (this.failRemove) throw this.failRemove;
    this.items.delete(k);
  }
}

interface Notes {
  title: string;
  tags: string[];
}
const KEY = 'partnerwijzer:test';
const sanitize = (value: unknown): Outcome<Notes> => {
  const v = value as Partial<Notes> | null;
  if (!v || typeof v.title !== 'string') return failure('De titel ontbreekt.');
  const tags = Array.isArray(v.tags) ? v.tags.filter((t) => typeof t === 'string') : [];
  return success(
    { title: v.title, tags },
    tags.length === (v.tags?.length ?? 0) ? [] : ['Een label is weggelaten.'],
  );
};
const options: StoreOptions<Notes> = {
  key: KEY,
  version: 3,
  sanitize,
  migrations: {
    1: (old) => ({ title: (old as { name: string }).name }), // v1 {name} → v2 {title}
    2: (old) => ({ ...(old as object), tags: [] }), //          v2 {title} → v3 {title, tags}
  },
};
const record = (v: number, state: unknown) =>
  JSON.stringify({ v, savedAt: '2026-11-22T10:00:00.000Z', state });
const domError = (name: string) => new DOMException('nope', name);

describe('save and load', () => {
  it('round-trips and stores a versioned record', () => {
    const storage = new FakeStorage();
    const store = createStore(storage, options);
    expect(store.load()).toEqual({ ok: true, value: null, warnings: [] });
    expect(store.save({ title: 'Plan', tags: ['a'] })).toEqual({
      ok: true,
      value: undefined,
      warnings: [],
    });
    const saved = JSON.parse(storage.items.get(KEY)!);
    expect(saved).toEqual({
      v: 3,
      savedAt: expect.any(String),
      state: { title: 'Plan', tags: ['a'] },
    });
    expect(new Date(saved.savedAt).toISOString()).toBe(saved.savedAt);
    expect(store.load()).toEqual({ ok: true, value: { title: 'Plan', tags: ['a'] }, warnings: [] });
  });

  it('passes on the warnings of sanitize', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, record(3, { title: 'x', tags: ['a', 5] }));
    expect(createStore(storage, options).load()).toEqual({
      ok: true,
      value: { title: 'x', tags: ['a'] },
      warnings: ['Een label is weggelaten.'],
    });
  });

  it('clear removes the save but keeps a backup', () => {
    const storage = new FakeStorage();
    storage.items.set(`${KEY}:backup`, 'oud');
    const store = createStore(storage, options);
    store.save({ title: 'x', tags: [] });
    expect(store.clear().ok).toBe(true);
    expect(store.load()).toMatchObject({ ok: true, value: null });
    expect(storage.items.get(`${KEY}:backup`)).toBe('oud');
  });
});

describe('migrations', () => {
  it('chains v1 → v2 → v3', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, record(1, { name: 'Oud plan' }));
    expect(createStore(storage, options).load()).toEqual({
      ok: true,
      value: { title: 'Oud plan', tags: [] },
      warnings: [],
    });
  });

  it('refuses a missing migration and keeps the old data', () => {
    const storage = new FakeStorage();
    const raw = record(1, { name: 'Oud plan' });
    storage.items.set(KEY, raw);
    const result = createStore(storage, {
      ...options,
      migrations: { 2: options.migrations[2]! },
    }).load();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('versie 1') });
    expect(storage.items.get(`${KEY}:backup`)).toBe(raw);
    expect(storage.items.get(KEY)).toBe(raw);
  });

  it('refuses a migration that throws', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, record(2, null));
    const result = createStore(storage, {
      ...options,
      migrations: {
        2: () => {
          throw new Error('x');
        },
      },
    }).load();
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('van versie 2 naar 3'),
    });
    expect(storage.items.has(`${KEY}:backup`)).toBe(true);
  });

  it('applyMigrations is usable on its own (JSON import, share links)', () => {
    expect(applyMigrations({ name: 'a' }, 1, 3, options.migrations)).toEqual({
      ok: true,
      value: { title: 'a', tags: [] },
      warnings: [],
    });
    expect(applyMigrations('x', 3, 3, {})).toMatchObject({ ok: true, value: 'x' });
    // An inherited property is not a migration.
    expect(applyMigrations('x', 1, 2, Object.create({ 1: () => 'y' }))).toMatchObject({
      ok: false,
    });
  });
});

describe('unreadable saves are refused and backed up', () => {
  it.each([
    ['corrupt JSON', '{"v":3,"state":{"title":'],
    ['not a record', '"hallo"'],
    ['no version', JSON.stringify({ state: { title: 'x' } })],
    ['version 0', record(0, { title: 'x' })],
    ['array', '[1,2]'],
  ])('%s', (_, raw) => {
    const storage = new FakeStorage();
    storage.items.set(KEY, raw);
    const result = createStore(storage, options).load();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('beschadigd') });
    expect(result.ok || result.message).toContain('kopie apart bewaard');
    expect(storage.items.get(`${KEY}:backup`)).toBe(raw);
  });

  it('refuses a save from a newer version and keeps it', () => {
    const storage = new FakeStorage();
    const raw = record(4, { title: 'x', tags: [], extra: 1 });
    storage.items.set(KEY, raw);
    const result = createStore(storage, options).load();
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('nieuwere versie'),
    });
    expect(storage.items.get(`${KEY}:backup`)).toBe(raw);
  });

  it('refuses what sanitize refuses, with its message', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, record(3, { tags: [] }));
    expect(createStore(storage, options).load()).toMatchObject({
      ok: false,
      message: expect.stringContaining('De titel ontbreekt.'),
    });
  });

  it('survives a sanitize that throws', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, record(3, {}));
    const store = createStore(storage, {
      ...options,
      sanitize: () => {
        throw new Error('bug');
      },
    });
    expect(store.load()).toMatchObject({ ok: false });
  });

  it('warns that the old work will be overwritten when no backup is possible', () => {
    const storage = new FakeStorage();
    storage.items.set(KEY, 'kapot');
    storage.failSet = () => domError('QuotaExceededError');
    const result = createStore(storage, options).load();
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('overschreven') });
  });
});

describe('blocked or missing storage', () => {
  const blockedGetter = () => {
    throw domError('SecurityError');
  };

  it('a getter that throws (Safari private mode, blocked cookies) is handled on every call', () => {
    const store = createStore(blockedGetter, options); // creating never touches storage
    expect(store.load()).toMatchObject({ ok: false, message: expect.stringContaining('niet toe') });
    expect(store.save({ title: 'x', tags: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('exporteer het als JSON'),
    });
    expect(store.clear().ok).toBe(true);
  });

  it('no storage at all (no window) is handled the same way', () => {
    for (const storage of [undefined, () => undefined]) {
      const store = createStore<Notes>(storage, options);
      expect(store.load()).toMatchObject({
        ok: false,
        message: expect.stringContaining('niet toe'),
      });
      expect(store.save({ title: 'x', tags: [] }).ok).toBe(false);
    }
  });

  it('getItem throwing is a blocked storage, nothing is backed up', () => {
    const storage = new FakeStorage();
    storage.failGet = domError('SecurityError');
    expect(createStore(storage, options).load()).toMatchObject({
      ok: false,
      message: expect.stringContaining('niet toe'),
    });
    expect(storage.items.size).toBe(0);
  });

  it('the getter is asked again each time (storage can become available)', () => {
    let current: StorageLike | undefined;
    const store = createStore(() => current, options);
    expect(store.save({ title: 'x', tags: [] }).ok).toBe(false);
    current = new FakeStorage();
    expect(store.save({ title: 'x', tags: [] }).ok).toBe(true);
  });
});

describe('save errors', () => {
  it('a full storage says the work is still on screen and how to keep it', () => {
    const storage = new FakeStorage();
    storage.failSet = () => domError('QuotaExceededError');
    const result = createStore(storage, options).save({ title: 'x', tags: [] });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('vol') });
    expect(result.ok || result.message).toContain(
      'Je werk staat nog op het scherm; exporteer het als JSON',
    );
  });

  it('recognises Firefox’s old quota error too', () => {
    const storage = new FakeStorage();
    storage.failSet = () => domError('NS_ERROR_DOM_QUOTA_REACHED');
    expect(createStore(storage, options).save({ title: 'x', tags: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('vol'),
    });
  });

  it('setItem refused for security reasons says saving is not allowed', () => {
    const storage = new FakeStorage();
    storage.failSet = () => domError('SecurityError');
    expect(createStore(storage, options).save({ title: 'x', tags: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('niet toe'),
    });
  });

  it('a value that cannot be serialised fails without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(createStore(new FakeStorage(), options).save(cyclic as unknown as Notes)).toMatchObject({
      ok: false,
    });
  });

  it('clear reports a failing removeItem', () => {
    const storage = new FakeStorage();
    storage.failRemove = new Error('x');
    expect(createStore(storage, options).clear()).toMatchObject({ ok: false });
  });
});
