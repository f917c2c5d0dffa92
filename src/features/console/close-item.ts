import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { ClosureGround, Meeting } from "../../db/schema.ts";
import { agendaVisibility } from "../public-access/published.ts";
import { actorName, auditConsole } from "./console-audit.ts";
import { meetingItem } from "./meeting-items.ts";

export const REMOTE_CONFIDENTIAL_MESSAGE =
  "En sak som møtet må lukkes for etter kl. § 11-5 andre ledd (taushetsplikt eller en arbeidstakers tjenstlige forhold), kan ikke behandles i fjernmøte (kl. § 11-7 tredje ledd). Sett den opp i et møte der medlemmene er fysisk til stede.";

/** The grounds on which the meeting must close (kl. § 11-5 andre ledd), never in a remote meeting. */
const MUST_CLOSE: ReadonlySet<ClosureGround> = new Set(["confidentiality", "employee"]);

/**
 * The body decides to close the meeting for an item, with its ground and legal basis (kl. §
 * 11-5), for the minutes. An item the meeting must be closed for (a duty of confidentiality or an
 * employee's service matters, § 11-5 andre ledd) cannot be treated in a remote meeting (kl. § 11-7
 * tredje ledd): that is refused, and nothing is recorded. Once closed, the public sees
 * only that the meeting is closed and on what basis. The caller has locked the meeting.
 */
export async function closeItem({
  actor,
  meeting,
  itemId,
  ground,
  basis,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  ground: ClosureGround;
  basis: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await meetingItem(tx, meeting.id, itemId);
  if (item.closure_ground !== null)
    return refused({ form: "Møtet er allerede lukket for denne saken." });
  if (MUST_CLOSE.has(ground) && meeting.is_remote)
    return refused({ ground: REMOTE_CONFIDENTIAL_MESSAGE });
  if (basis.trim() === "") return refused({ basis: "Skriv hjemmelen for å lukke møtet." });
  await tx
    .updateTable("agenda_item")
    .set({
      is_closed: true,
      closed_basis: basis.trim(),
      closure_ground: ground,
      closure_decided_at: now,
      closure_recorded_by: actorName(actor),
    })
    .where("id", "=", itemId)
    .execute();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "agenda_item.close",
    // The public agenda item shows that it is closed, and withholds its text, from now on.
    visibility: agendaVisibility(meeting),
    details: { itemId, ground, basis: basis.trim() },
  });
  return succeeded({ itemId });
}
