/**
 * Remembers what was computed for keys that repeat (an inventory's forms, authorities, dates, statuses),
 * at most `max` of them. When it is full and the keys found remembered are fewer than those held (the values
 * do not repeat, as titles do not), it stops remembering and frees its memory: lookups then cost nothing.
 */
export class RepeatMemo<K, V> {
  private readonly entries = new Map<K, V>();
  private hits = 0;
  /** False once the keys proved not to repeat. */
  remembering = true;

  constructor(private readonly max: number) {}

  /** The value remembered for `key`, if any. */
  get(key: K): V | undefined {
    if (!this.remembering) return undefined;
    const v = this.entries.get(key);
    if (v !== undefined) this.hits++;
    return v;
  }

  /** Remembers `value` for `key` (a value must not be `undefined`). */
  set(key: K, value: V): void {
    if (!this.remembering) return;
    if (this.entries.size < this.max) this.entries.set(key, value);
    else if (this.hits < this.entries.size) {
      this.remembering = false;
      this.entries.clear();
    }
  }
}
