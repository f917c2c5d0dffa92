import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { ConflictBasis, Meeting } from "../../db/schema.ts";
import { loadRoster } from "./attendance-queries.ts";
import { actorName, auditConsole } from "./console-audit.ts";
import { meetingItem } from "./meeting-items.ts";

/**
 * A member (or a substitute meeting) raises their own fitness on an item (inhabilitet), with
 * the legal basis and their account of it. The body then rules on it (ruleOnConflict). Once per
 * person and item. The caller has locked the meeting.
 */
export async function declareConflict({
  actor,
  meeting,
  itemId,
  personId,
  basis,
  grounds,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  personId: number;
  basis: ConflictBasis;
  grounds: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ conflictId: number }>> {
  await meetingItem(tx, meeting.id, itemId);
  const roster = await loadRoster(tx, meeting.id);
  if (![...roster.members, ...roster.calls].some((person) => person.personId === personId))
    return refused({ person: "Velg et medlem eller et innkalt varamedlem." });
  const existing = await tx
    .selectFrom("conflict_of_interest")
    .select("id")
    .where("agenda_item_id", "=", itemId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  if (existing)
    return refused({ person: "Habiliteten til denne personen er allerede reist i saken." });
  const row = await tx
    .insertInto("conflict_of_interest")
    .values({
      agenda_item_id: itemId,
      person_id: personId,
      basis,
      grounds: grounds.trim(),
      declared_at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "conflict.declare",
    details: { conflictId: row.id, itemId, personId, basis },
  });
  return succeeded({ conflictId: row.id });
}
