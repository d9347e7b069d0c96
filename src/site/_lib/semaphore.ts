/** A counting semaphore: at most `size` holders at once. */
export function createSemaphore(size: number): { acquire(): Promise<void>; release(): void } {
  let free = Math.max(1, size);
  const waiting: (() => void)[] = [];
  return {
    acquire() {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
