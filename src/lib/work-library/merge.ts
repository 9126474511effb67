/**
 * Three-way merge of plain JSON values (the instruments' states). Used when two tabs changed
 * the same document and when one step in the middle of the history is undone.
 *
 * - Objects merge key by key.
 * - Arrays of objects with unique string ids (partners, goals, respondents with ids) merge item
 *   by item: an item added on one side is kept, an item removed on one side and untouched on
 *   the other is removed, an item changed on both sides merges field by field.
 * - Anything else that both sides changed differently is a conflict: `prefer` decides which
 *   side wins, and the conflict is counted so the caller can keep the loser as a copy.
 */

export type Side = 'mine' | 'theirs';
export interface MergeResult<T> {
  value: T;
  conflicts: number;
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

const ABSENT = Symbol('absent');
type Maybe = Json | typeof ABSENT;

function idOf(v: Json): string | null {
  return isObject(v) && typeof v.id === 'string' ? v.id : null;
}

/** Arrays whose items all carry a unique string id. */
function keyed(list: Json[]): Map<string, Json> | null {
  const map = new Map<string, Json>();
  for (const item of list) {
    const id = idOf(item);
    if (id === null || map.has(id)) return null;
    map.set(id, item);
  }
  return map;
}

export function merge3<T>(base: T, mine: T, theirs: T, prefer: Side = 'theirs'): MergeResult<T> {
  let conflicts = 0;

  function merge(b: Maybe, m: Maybe, t: Maybe): Maybe {
    if (m === t || (m !== ABSENT && t !== ABSENT && deepEqual(m, t))) return m;
    const baseMine = b === m || (b !== ABSENT && m !== ABSENT && deepEqual(b, m));
    if (baseMine) return t;
    const baseTheirs = b === t || (b !== ABSENT && t !== ABSENT && deepEqual(b, t));
    if (baseTheirs) return m;
    // Both sides changed this value, differently.
    if (b !== ABSENT && m !== ABSENT && t !== ABSENT) {
      if (isObject(b) && isObject(m) && isObject(t)) return mergeObjects(b, m, t);
      if (Array.isArray(b) && Array.isArray(m) && Array.isArray(t)) {
        const merged = mergeKeyedArrays(b, m, t);
        if (merged) return merged;
      }
    }
    conflicts++;
    return prefer === 'mine' ? m : t;
  }

  function mergeObjects(
    b: Record<string, Json>,
    m: Record<string, Json>,
    t: Record<string, Json>,
  ): Record<string, Json> {
    const out: Record<string, Json> = {};
    const keys = new Set([...Object.keys(m), ...Object.keys(t), ...Object.keys(b)]);
    for (const key of keys) {
      const has = (o: Record<string, Json>) => Object.prototype.hasOwnProperty.call(o, key);
      const value = merge(
        has(b) ? b[key] : ABSENT,
        has(m) ? m[key] : ABSENT,
        has(t) ? t[key] : ABSENT,
      );
      if (value !== ABSENT) out[key] = value;
    }
    return out;
  }

  function mergeKeyedArrays(b: Json[], m: Json[], t: Json[]): Json[] | null {
    const bm = keyed(b);
    const mm = keyed(m);
    const tm = keyed(t);
    if (!bm || !mm || !tm) return null;
    const merged = new Map<string, Json>();
    for (const id of new Set([...mm.keys(), ...tm.keys(), ...bm.keys()])) {
      const value = merge(
        bm.has(id) ? bm.get(id) : ABSENT,
        mm.has(id) ? mm.get(id) : ABSENT,
        tm.has(id) ? tm.get(id) : ABSENT,
      );
      if (value !== ABSENT) merged.set(id, value);
    }
    // Order: the side that reordered the common items leads; the other side's additions
    // follow the item they followed there.
    const common = (list: Json[]) =>
      list
        .map(idOf)
        .filter((id): id is string => id !== null && bm.has(id) && mm.has(id) && tm.has(id));
    const mineReordered = !deepEqual(common(m), common(b));
    const [lead, other] = mineReordered ? [m, t] : [t, m];
    const order: string[] = lead.map((x) => idOf(x)!).filter((id) => merged.has(id));
    let previous: string | null = null;
    for (const item of other) {
      const id = idOf(item)!;
      if (merged.has(id) && !order.includes(id)) {
        const at = previous === null ? 0 : order.indexOf(previous) + 1;
        order.splice(at, 0, id);
      }
      if (order.includes(id)) previous = id;
    }
    for (const id of merged.keys()) if (!order.includes(id)) order.push(id);
    return order.map((id) => merged.get(id));
  }

  const value = merge(base, mine, theirs);
  return { value: (value === ABSENT ? theirs : value) as T, conflicts };
}
