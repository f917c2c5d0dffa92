import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { checkMembershipPeriod } from "../../domain/membership.ts";

export async function endMembership({
  actor,
  membership,
  endsOn,
  now,
  tx,
}: {
  actor: Actor;
  membership: {
    id: number;
    startsOn: string;
    endsOn: string | null;
    term: { startsOn: string; endsOn: string };
  };
  endsOn: string;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<void> {
  if (membership.endsOn !== null) throw new Refusal({ endsOn: "Vervet er allerede avsluttet." });
  // Only the new end is judged: a start the term was later moved past does not block ending.
  const broken = checkMembershipPeriod(
    { startsOn: membership.startsOn, endsOn },
    membership.term,
  ).find((error) => error.field === "endsOn");
  if (broken) throw new Refusal({ endsOn: broken.message });
  await tx
    .updateTable("membership")
    .set({ ends_on: endsOn })
    .where("id", "=", membership.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "membership.end",
    visibility: "public",
    entityType: "membership",
    entityId: membership.id,
    details: { endsOn: { from: null, to: endsOn } },
  });
}
