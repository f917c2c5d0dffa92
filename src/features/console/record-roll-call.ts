import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { loadRoster } from "./attendance-queries.ts";
import { actorName, auditConsole } from "./console-audit.ts";

/**
 * Opprop: who answered the roll call when the meeting was opened, from the members and the
 * substitutes called. Sent again, it corrects the roll call to the set given: those added are
 * recorded, those taken off are removed, the rest stay as recorded. Arrivals and departures after
 * the roll call are recorded at their items instead. The caller has locked the meeting.
 */
export async function recordRollCall({
  actor,
  meeting,
  present,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  present: ReadonlySet<number>;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ added: number[]; removed: number[] }>> {
  if (meeting.opened_at === null) return refused({ form: "Sett møtet før oppropet." });
  const roster = await loadRoster(tx, meeting.id);
  const called = new Set([
    ...roster.members.map((member) => member.personId),
    ...roster.calls.map((call) => call.personId),
  ]);
  if ([...present].some((personId) => !called.has(personId)))
    return refused({ present: "Velg bare medlemmer og innkalte varamedlemmer." });
  const answered = new Set(
    [...roster.facts.entries()]
      .filter(([, facts]) => facts.some((fact) => fact.kind === "present"))
      .map(([personId]) => personId),
  );
  const added = [...present].filter((personId) => !answered.has(personId));
  const removed = [...answered].filter((personId) => !present.has(personId));
  if (added.length > 0)
    await tx
      .insertInto("attendance_event")
      .values(
        added.map((personId) => ({
          meeting_id: meeting.id,
          person_id: personId,
          kind: "present" as const,
          at: now,
          recorded_by_name: actorName(actor),
        })),
      )
      .execute();
  if (removed.length > 0)
    await tx
      .deleteFrom("attendance_event")
      .where("meeting_id", "=", meeting.id)
      .where("kind", "=", "present")
      .where("person_id", "in", removed)
      .execute();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "attendance.roll_call",
    details: { added, removed },
  });
  return succeeded({ added, removed });
}
