import { randomUUID } from "node:crypto";
import { commit } from "../../src/commit/commit.ts";
import type { Outcome } from "../../src/commit/outcome.ts";
import type { Database } from "../../src/db/database.ts";
import type { Meeting } from "../../src/db/schema.ts";
import { addProposal } from "../../src/features/console/add-proposal.ts";
import { addSpeaker } from "../../src/features/console/add-speaker.ts";
import { loadRoster, presentVoters } from "../../src/features/console/attendance-queries.ts";
import { openMeeting } from "../../src/features/console/open-meeting.ts";
import { recordRollCall } from "../../src/features/console/record-roll-call.ts";
import { recordVote } from "../../src/features/console/record-vote.ts";
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
 * by default), and the first item's treatment started.
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
    await commitOrThrow(db, async (tx) =>
      recordRollCall({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, seated.meeting.id),
        present: new Set(present),
        now: new Date(),
        tx,
      }),
    );
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

/**
 * An item of a meeting whose notice is out, treated in the console: the meeting opened (if it is
 * not), everyone with a seat present, the item started, a proposal made by the first of them and
 * adopted unanimously (or voted down by all, so it does not become the decision), and a speech on
 * the list. For tests of what the public sees of it.
 */
export async function treatItem(
  db: Database,
  {
    meetingId,
    itemId,
    proposalText,
    adopted = true,
  }: { meetingId: number; itemId: number; proposalText: string; adopted?: boolean },
): Promise<void> {
  const meeting = await db
    .selectFrom("meeting")
    .select("opened_at")
    .where("id", "=", meetingId)
    .executeTakeFirstOrThrow();
  if (meeting.opened_at === null) {
    await commitOrThrow(db, async (tx) =>
      openMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meetingId),
        now: new Date(),
        tx,
      }),
    );
    const roster = await loadRoster(db, meetingId);
    await commitOrThrow(db, async (tx) =>
      recordRollCall({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meetingId),
        present: new Set(roster.members.map((member) => member.personId)),
        now: new Date(),
        tx,
      }),
    );
  }
  await commitOrThrow(db, async (tx) =>
    startItem({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      itemId,
      now: new Date(),
      tx,
    }),
  );
  const roster = await loadRoster(db, meetingId);
  const maker = roster.members[0]?.personId ?? 0;
  const proposal = await commitOrThrow(db, async (tx) =>
    addProposal({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      itemId,
      kind: "alternative",
      text: proposalText,
      madeByPersonId: maker,
      partyIds: [],
      amends: null,
      referredTo: null,
      now: new Date(),
      tx,
    }),
  );
  await commitOrThrow(db, async (tx) =>
    recordVote({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      itemId,
      proposal: proposal.proposalId,
      against: null,
      counting: adopted
        ? { by: "unanimous" }
        : {
            by: "member",
            members: (await presentVoters(tx, itemId)).map((voter) => ({
              personId: voter.personId,
              votedFor: false,
            })),
          },
      chairVoted: null,
      idempotencyKey: newKey(),
      now: new Date(),
      tx,
    }),
  );
  await commitOrThrow(db, async (tx) =>
    addSpeaker({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      itemId,
      kind: "speech",
      personId: maker,
      replyToId: null,
      now: new Date(),
      tx,
    }),
  );
}
