import type { Actor } from "../../src/audit.ts";
import { commit as commitStep } from "../../src/commit/commit.ts";
import { type Outcome, succeeded } from "../../src/commit/outcome.ts";
import type { Database } from "../../src/db/database.ts";

/** Test data is written by the system, as the command line writes it, not by a signed-in user. */
export const TEST_ACTOR: Actor = { kind: "system", name: "Testdata" };

const refusal = (errors: Record<string, string>): Error =>
  new Error(`Refused: ${JSON.stringify(errors)}`);

/**
 * Runs one use case through the commit step, the way a route does. A refusal is a broken test
 * setup, not something to carry on from, so it throws with the use case's own messages.
 */
export async function commitOrThrow<T>(
  db: Database,
  work: (tx: Database) => Promise<Outcome<T>>,
): Promise<T> {
  const outcome = await commitStep({ db }, work);
  if (!outcome.ok) throw refusal(outcome.errors);
  return outcome.value;
}

/** The same for a use case that answers with its value and refuses by throwing. */
export const commit = <T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> =>
  commitOrThrow(db, async (tx) => succeeded(await work(tx)));

let sequence = 0;

/** A number no other record built in this process has, for unique names and numbers. */
export const nextSequence = (): number => {
  sequence += 1;
  return sequence;
};
