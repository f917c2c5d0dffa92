import {
  type DatabaseConnection,
  type Driver,
  PGliteAdapter,
  PGliteDialect,
  type PGliteDialectConfig,
  PGliteDriver,
} from "kysely";
import { TurnQueue } from "./turn-queue.ts";

/**
 * Kysely's PGlite dialect with a fair line for the one connection. Kysely serialises PGlite
 * with a lock that wakes every waiter at once and hands over within the same pass of the
 * event loop; this driver queues instead (TurnQueue: first come, first served, the event loop
 * going round between two turns). A query or a whole transaction is one turn, as before.
 */
export class QueuedPGliteDialect extends PGliteDialect {
  readonly #config: PGliteDialectConfig;

  constructor(config: PGliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createAdapter(): PGliteAdapter {
    return new QueuedPGliteAdapter();
  }

  override createDriver(): Driver {
    return new QueuedPGliteDriver(this.#config);
  }
}

class QueuedPGliteAdapter extends PGliteAdapter {
  /** The driver queues for its one connection itself, so Kysely must not add its own lock. */
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

class QueuedPGliteDriver extends PGliteDriver {
  readonly #turns = new TurnQueue();

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#turns.take();
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#turns.give();
  }
}
