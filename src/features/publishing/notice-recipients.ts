import type { Database } from "../../db/database.ts";
import { osloDay } from "../../domain/time.ts";
import { calledSubstitutes } from "../console/substitute-queries.ts";

export interface NoticeRecipient {
  personId: number;
  name: string;
  /** Null when the register has no address: the confirmation warns, and no mail goes. */
  email: string | null;
  capacity: "member" | "substitute";
  /** "Leder", "Medlem", ...; for a substitute who is called, what for. */
  role: string;
}

const ROLE_LABELS: Record<string, string> = {
  leader: "Leder",
  deputy_leader: "Nestleder",
  member: "Medlem",
  observer: "Observatør",
};

/**
 * Who gets the notice: everyone who holds a seat in the body on the meeting date (members with
 * their roles, observers too, since they have the right to speak), then the substitutes called
 * to the meeting and not declined. A substitute's ranking alone sends nothing.
 */
export async function noticeRecipients(
  db: Database,
  meeting: { id: number; body_id: number; starts_at: Date },
): Promise<NoticeRecipient[]> {
  const day = osloDay(meeting.starts_at);
  const rows = await db
    .selectFrom("membership as ms")
    .innerJoin("person as p", "p.id", "ms.person_id")
    .select(["p.id", "p.given_name", "p.family_name", "p.email", "ms.role"])
    .where("ms.body_id", "=", meeting.body_id)
    .where("ms.role", "<>", "substitute")
    .where("ms.starts_on", "<=", day)
    .where((eb) => eb.or([eb("ms.ends_on", "is", null), eb("ms.ends_on", ">=", day)]))
    .orderBy("p.family_name")
    .orderBy("p.given_name")
    .orderBy("p.id")
    .execute();
  const seen = new Set<number>();
  const recipients: NoticeRecipient[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    recipients.push({
      personId: row.id,
      name: `${row.given_name} ${row.family_name}`,
      email: row.email?.trim() ? row.email.trim() : null,
      capacity: "member",
      role: ROLE_LABELS[row.role] ?? "Medlem",
    });
  }
  for (const call of await calledSubstitutes(db, meeting.id)) {
    if (seen.has(call.personId)) continue;
    seen.add(call.personId);
    recipients.push({
      personId: call.personId,
      name: call.name,
      email: call.email?.trim() ? call.email.trim() : null,
      capacity: "substitute",
      role: `Varamedlem for ${call.forName}${call.scope === "meeting" ? "" : " (for enkeltsaker)"}`,
    });
  }
  return recipients;
}
