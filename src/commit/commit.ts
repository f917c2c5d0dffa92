import type { Database } from "../db/database.ts";
import { refreshSearchIndexForTransaction } from "../features/search/refresh-search-index.ts";
import type { ChangeEvent } from "./change-event.ts";
import type { ChangeFeed } from "./change-feed.ts";
import { type Outcome, Refusal, refused } from "./outcome.ts";

/** What the commit step needs of the running system; the command line has only the database. */
export interface CommitContext {
  db: Database;
  /** This process's listeners, told of the change as soon as it has committed. */
  changes?: ChangeFeed | undefined;
}

/** The events each running commit has recorded, by its transaction. */
const recorded = new WeakMap<Database, ChangeEvent[]>();

/** Called by writeAudit: the event is handed to this process's listeners after commit. */
export function collectEvent(tx: Database, event: ChangeEvent): void {
  recorded.get(tx)?.push(event);
}

/**
 * The one step every change runs in, from a form, a JSON API or the command line. The work
 * runs in one transaction with its audit rows, change events and jobs; a refusal (returned,
 * or thrown as a Refusal from deep inside) rolls all of it back and comes back as the
 * outcome. After commit the change is announced: other processes hear it through PostgreSQL
 * NOTIFY, this one at once, so the next request here already sees fresh pages.
 */
export async function commit<T>(
  context: CommitContext,
  work: (tx: Database) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const events: ChangeEvent[] = [];
  let outcome: Outcome<T>;
  try {
    outcome = await context.db.transaction().execute(async (tx) => {
      recorded.set(tx, events);
      const result = await work(tx);
      if (!result.ok) throw new Refusal(result.errors);
      // In the same transaction, so a case made exempt has left the public index when it commits.
      await refreshSearchIndexForTransaction(tx);
      return result;
    });
  } catch (error) {
    if (error instanceof Refusal) return refused(error.errors);
    throw error;
  }
  context.changes?.announce(events);
  return outcome;
}
