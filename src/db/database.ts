import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { QueuedPGliteDialect } from "./pglite-dialect.ts";
import type { DB } from "./schema.ts";

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  engine: "pglite" | "postgres";
  /** The embedded database itself, for dumps; absent on a PostgreSQL server. */
  pglite?: PGlite;
  /**
   * Hears notifications on a channel until the returned function is called. `onGap` is called
   * when notifications may have been missed: the server connection was lost and is back.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onGap: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

// bigint columns (count(*), bigserial) come back as strings from pg; our ids stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));
// `date` columns stay plain "YYYY-MM-DD" strings: they are calendar days, not instants.
pg.types.setTypeParser(1082, (value) => value);

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite; omitted means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data dump (from dumpDataDir) to start from, which skips initdb. */
  loadDataDir?: Blob | File | undefined;
}

/** Thrown when another process already has the embedded database open. */
export class DatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Databasen i ${dataDir} er i bruk av en annen prosess (pid ${pid}). Stopp den først: ` +
        "den innebygde databasen tåler bare én prosess om gangen.",
    );
    this.name = "DatabaseInUseError";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process's database: a second process writing the same folder would corrupt it.
 * A lock file with the owner's pid keeps the server and the command line apart; a lock left by
 * a process that died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner))
        throw new DatabaseInUseError(dataDir, owner);
      fs.rmSync(lockFile, { force: true });
    }
  }
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const url = options.databaseUrl;
    return {
      db,
      engine: "postgres",
      listen: (channel, onMessage, onGap) => listenOnServer(url, channel, onMessage, onGap),
      close: () => db.destroy(),
    };
  }
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { 20: (value: string) => Number(value), 1082: (value: string) => value },
      // The search index's filter columns (migration 0016).
      extensions: { btree_gin },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new QueuedPGliteDialect({ pglite }) });
  return {
    db,
    engine: "pglite",
    pglite,
    listen: async (channel, onMessage) => {
      const unlisten = await pglite.listen(channel, onMessage);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}

const RECONNECT_MS = 500;

/**
 * A connection of its own that stays in LISTEN, outside the pool. When it is lost, it is
 * opened again, and the listener is told that it may have missed notifications.
 */
async function listenOnServer(
  connectionString: string,
  channel: string,
  onMessage: (payload: string) => void,
  onGap: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
    });
    next.on("error", () => reconnect(next));
    next.on("end", () => reconnect(next));
    await next.connect();
    await next.query(`listen "${channel.replaceAll('"', '""')}"`);
    client = next;
  };
  const reconnect = (lost: pg.Client): void => {
    if (stopped || client !== lost) return;
    client = null;
    void lost.end().catch(() => {});
    const attempt = (): void => {
      retry = null;
      if (stopped) return;
      connect().then(onGap, () => {
        retry = setTimeout(attempt, RECONNECT_MS);
      });
    };
    retry = setTimeout(attempt, RECONNECT_MS);
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const current = client;
    client = null;
    await current?.end().catch(() => {});
  };
}
