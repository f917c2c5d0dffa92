import type { DatabaseHandle } from "../db/database.ts";
import { CHANGE_CHANNEL, type ChangeEvent, decodeChangeEvent } from "./change-event.ts";

export interface ChangeListener {
  onEvent(event: ChangeEvent): void;
  /**
   * Events may have been missed (the notification connection was lost and is back): anything
   * kept on the strength of "nothing changed" must be dropped.
   */
  onGap?(): void;
}

/** How many recent event ids are remembered, to hear each event once. */
const REMEMBERED = 10_000;

/**
 * This process's view of committed changes. Changes made here are announced by the commit
 * step at once; every change, from any process on the same database, also arrives through
 * the database's notifications (PostgreSQL LISTEN/NOTIFY; PGlite's in-process equivalent),
 * and an event heard both ways is passed on once.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly heard = new Set<number>();
  private stopListening: (() => Promise<void>) | null = null;

  /** A feed that hears the database's notifications. */
  static async listen(handle: DatabaseHandle): Promise<ChangeFeed> {
    const feed = new ChangeFeed();
    feed.stopListening = await handle.listen(
      CHANGE_CHANNEL,
      (payload) => {
        const event = decodeChangeEvent(payload);
        if (event) feed.announce([event]);
      },
      () => feed.gap(),
    );
    return feed;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  announce(events: readonly ChangeEvent[]): void {
    for (const event of events) {
      if (this.heard.has(event.id)) continue;
      this.heard.add(event.id);
      if (this.heard.size > REMEMBERED) {
        const oldest = this.heard.values().next().value;
        if (oldest !== undefined) this.heard.delete(oldest);
      }
      for (const listener of this.listeners) listener.onEvent(event);
    }
  }

  private gap(): void {
    for (const listener of this.listeners) listener.onGap?.();
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.stopListening?.();
    this.stopListening = null;
  }
}
