export interface UndoStack<T> {
  push(label: string, snapshot: T): void;
  pop(): { label: string; snapshot: T } | undefined;
  peek(): { label: string } | undefined;
  clear(): void;
  readonly size: number;
}

/**
 * A bounded undo stack (newest on top). When more than `limit` entries are pushed, the oldest is
 * dropped. Snapshots are kept by reference: push an immutable state (or a copy).
 */
export function createUndoStack<T>(limit = 20): UndoStack<T> {
  const max = Math.max(1, Math.floor(limit) || 1);
  let entries: { label: string; snapshot: T }[] = [];
  return {
    push(label, snapshot) {
      entries.push({ label, snapshot });
      if (entries.length > max) entries = entries.slice(entries.length - max);
    },
    pop: () => entries.pop(),
    peek() {
      const top = entries[entries.length - 1];
      return top && { label: top.label };
    },
    clear() {
      entries = [];
    },
    get size() {
      return entries.length;
    },
  };
}
