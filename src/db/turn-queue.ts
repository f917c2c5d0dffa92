/**
 * Turns at one resource, given strictly in the order they were asked for.
 *
 * A finished turn is handed to the next in line from a `setImmediate` callback, so the event
 * loop goes round between two turns. That matters for PGlite: its queries run synchronously in
 * WebAssembly behind promises, so without a break the whole line of waiting requests would run
 * in one pass of the event loop, and Node accepts only one new connection per pass. Under load
 * a new visitor's connection then waited for a pass per connection ahead of it, seconds in
 * all (see docs/performance.md). With the break, each pass runs one turn, new requests are
 * read between turns and join the end of the line, and every request waits about as long.
 * While a turn is being handed over it is already the next one's, so a newcomer cannot take it
 * out of order.
 */
export class TurnQueue {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  /** Resolves when it is the caller's turn; the caller must `give()` it back. */
  take(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Ends the caller's turn; the next in line gets it once the event loop has gone round. */
  give(): void {
    const next = this.waiting.shift();
    if (next) setImmediate(next);
    else this.busy = false;
  }
}
