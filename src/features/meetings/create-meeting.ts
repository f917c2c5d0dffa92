import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { inactiveBodyError, type MeetingInput } from "./meeting-input.ts";

export async function createMeeting({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: MeetingInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  const bodyError = await inactiveBodyError(tx, input.bodyId);
  if (bodyError) return refused({ body: bodyError });
  const created = await tx
    .insertInto("meeting")
    .values({
      body_id: input.bodyId,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      location: input.location,
      room: input.room,
      is_remote: input.isRemote,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.create",
    visibility: "public",
    entityType: "meeting",
    entityId: created.id,
    details: {
      bodyId: input.bodyId,
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt?.toISOString() ?? null,
    },
  });
  return succeeded({ meetingId: created.id });
}
