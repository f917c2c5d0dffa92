import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { isPresentAt } from "../../domain/attendance.ts";
import { loadRoster } from "./attendance-queries.ts";
import { actorName, auditConsole } from "./console-audit.ts";
import { meetingItem } from "./meeting-items.ts";

/**
 * An arrival at an item (takes part from it on) or a departure before it (takes no part from it
 * on: "forlot møtet før sak 12"), for a member or a called substitute. It must change something:
 * one already there does not arrive, one not there does not leave. One fact per person and item;
 * a mistaken one is removed and recorded again. The caller has locked the meeting.
 */
export async function recordAttendance({
  actor,
  meeting,
  itemId,
  personId,
  kind,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  personId: number;
  kind: "arrived" | "left";
  now: Date;
  tx: Database;
}): Promise<Outcome<{ eventId: number }>> {
  const item = await meetingItem(tx, meeting.id, itemId);
  if (meeting.opened_at === null) return refused({ form: "Sett møtet før du fører fremmøte." });
  const roster = await loadRoster(tx, meeting.id);
  const person = [...roster.members, ...roster.calls].find((p) => p.personId === personId);
  if (!person) return refused({ person: "Velg et medlem eller et innkalt varamedlem." });
  const facts = roster.facts.get(personId) ?? [];
  if (facts.some((fact) => fact.itemPosition === item.position))
    return refused({
      person: `Det er allerede ført fremmøte for ${person.name} i sak ${item.position}. Fjern det først.`,
    });
  const present = isPresentAt(facts, item.position);
  if (kind === "arrived" && present)
    return refused({ person: `${person.name} er allerede til stede i sak ${item.position}.` });
  if (kind === "left" && !present)
    return refused({ person: `${person.name} er ikke til stede i sak ${item.position}.` });
  const row = await tx
    .insertInto("attendance_event")
    .values({
      meeting_id: meeting.id,
      person_id: personId,
      kind,
      agenda_item_id: itemId,
      at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: kind === "arrived" ? "attendance.arrive" : "attendance.leave",
    details: { eventId: row.id, personId, itemId },
  });
  return succeeded({ eventId: row.id });
}
