import type { ChangeFeed } from "../commit/change-feed.ts";
import type { Database } from "../db/database.ts";

/** Shown until a municipality has been named (the first start names one). */
const FALLBACK_NAME = "Folkestyre";

/**
 * The municipality's name, which every page shows in its header: read once, and again only
 * after a change to the municipality, heard on any node through the change feed (or after the
 * feed may have missed one). A rendered page costs one query less for it, which on PGlite's
 * one connection is a turn less in the line. Readers asking while it is read share the read.
 */
export class MunicipalityName {
  /** The read under way or done; dropped at a change, so a read begun before it is not kept. */
  private current: Promise<string> | null = null;

  constructor(
    private readonly db: Database,
    feed: ChangeFeed,
  ) {
    feed.subscribe({
      onEvent: (event) => {
        if (event.entityType === "municipality") this.forget();
      },
      onGap: () => this.forget(),
    });
  }

  get(): Promise<string> {
    if (this.current) return this.current;
    const read = this.db
      .selectFrom("municipality")
      .select("name")
      .orderBy("id")
      .executeTakeFirst()
      .then((row) => row?.name ?? FALLBACK_NAME);
    this.current = read;
    // A failed read is tried again by the next page.
    read.catch(() => {
      if (this.current === read) this.current = null;
    });
    return read;
  }

  private forget(): void {
    this.current = null;
  }
}
