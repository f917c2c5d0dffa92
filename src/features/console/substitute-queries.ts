import type { Database } from "../../db/database.ts";

export interface CalledSubstitute {
  callId: number;
  personId: number;
  name: string;
  email: string | null;
  /** The member the substitute meets for. */
  forPersonId: number;
  forName: string;
  scope: "meeting" | "from_item" | "item";
  /** The first item for 'from_item', the one item for 'item'; null for the whole meeting. */
  agendaItemId: number | null;
  status: "called" | "accepted";
}

/**
 * The substitutes called for a meeting and not declined, in the order they were called: they get
 * the notice and the papers as the members do.
 */
export async function calledSubstitutes(
  db: Database,
  meetingId: number,
): Promise<CalledSubstitute[]> {
  const rows = await db
    .selectFrom("substitute_call")
    .innerJoin("person as substitute", "substitute.id", "substitute_call.substitute_person_id")
    .innerJoin("person as member", "member.id", "substitute_call.for_person_id")
    .select([
      "substitute_call.id",
      "substitute_call.substitute_person_id",
      "substitute_call.for_person_id",
      "substitute_call.scope",
      "substitute_call.agenda_item_id",
      "substitute_call.status",
      "substitute.given_name",
      "substitute.family_name",
      "substitute.email",
      "member.given_name as member_given_name",
      "member.family_name as member_family_name",
    ])
    .where("substitute_call.meeting_id", "=", meetingId)
    .where("substitute_call.status", "<>", "declined")
    .orderBy("substitute_call.called_at")
    .orderBy("substitute_call.id")
    .execute();
  return rows.map((row) => ({
    callId: row.id,
    personId: row.substitute_person_id,
    name: `${row.given_name} ${row.family_name}`,
    email: row.email,
    forPersonId: row.for_person_id,
    forName: `${row.member_given_name} ${row.member_family_name}`,
    scope: row.scope,
    agendaItemId: row.agenda_item_id,
    status: row.status === "accepted" ? "accepted" : "called",
  }));
}
