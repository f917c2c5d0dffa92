/**
 * Wakes this process's job workers now instead of at their next poll. Call it after a commit
 * that enqueued jobs; enqueueJob also notifies on commit, so workers on other PostgreSQL nodes
 * wake too.
 */
const listeners = new Set<() => void>();

export function wake(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` on every wake(); returns the function that stops it. */
export function onWake(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
