import { randomUUID } from "node:crypto";
import { commit } from "../../src/commit/commit.ts";
import type { Outcome } from "../../src/commit/outcome.ts";
import type { Database } from "../../src/db/database.ts";
import type { Meeting } from "../../src/db/schema.ts";
import { openMeeting } from "../../src/features/console/open-meeting.ts";
import { startItem } from "../../src/features/console/start-item.ts";
import { lockMeeting } from "../../src/features/meetings/agenda-store.ts";
import type { SeatedMeeting } from "./console.ts";
import { commitOrThrow, TEST_ACTOR } from "./run.ts";

/** What every console use case is given besides its own input. */
export interface ConsoleArgs {
  actor: typeof TEST_ACTOR;
  meeting: Meeting;
  now: Date;
  tx: Database;
}

/** Runs one console use case in its own transaction with the meeting locked, as a route does. */
export async function inConsole<T>(
  db: Database,
  meetingId: number,
  work: (args: ConsoleArgs) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return commit({ db }, async (tx) =>
    work({ actor: TEST_ACTOR, meeting: await lockMeeting(tx, meetingId), now: new Date(), tx }),
  );
}

export const newKey = (): string => randomUUID();

/**
 * The seated meeting opened, with the given persons present at the roll call (all five members
 * by default), and the first item's treatment started. The roll call is written as the rows the
 * attendance side records, which has no roll-call use case yet.
 */
export async function sitMeeting(
  db: Database,
  seated: SeatedMeeting,
  present: number[] = [...seated.a.members, ...seated.b.members],
): Promise<{ itemId: number }> {
  const itemId = seated.items[0]?.id ?? 0;
  await commitOrThrow(db, async (tx) =>
    openMeeting({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, seated.meeting.id),
      now: new Date(),
      tx,
    }),
  );
  if (present.length > 0)
    await db
      .insertInto("attendance_event")
      .values(
        present.map((personId) => ({
          meeting_id: seated.meeting.id,
          person_id: personId,
          kind: "present" as const,
          at: new Date(),
          recorded_by_name: "Testdata",
        })),
      )
      .execute();
  await commitOrThrow(db, async (tx) =>
    startItem({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, seated.meeting.id),
      itemId,
      now: new Date(),
      tx,
    }),
  );
  return { itemId };
}
