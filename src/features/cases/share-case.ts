import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { LockedCase } from "./queries.ts";

/** Lets a colleague write the case with its owner: they edit the draft and may submit it. */
export async function shareCase({
  actor,
  current,
  userId,
  now = new Date(),
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  userId: number;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  const colleague = await tx
    .selectFrom("app_user")
    .select(["id", "display_name"])
    .where("id", "=", userId)
    .where("role", "=", "case_officer")
    .where("disabled", "=", false)
    .executeTakeFirst();
  if (!colleague || colleague.id === current.owner_user_id)
    return refused({ shareWith: "Velg en annen saksbehandler fra listen." });
  const added = await tx
    .insertInto("case_share")
    .values({ case_id: current.id, user_id: colleague.id, shared_at: now })
    .onConflict((conflict) => conflict.columns(["case_id", "user_id"]).doNothing())
    .returning("user_id")
    .executeTakeFirst();
  if (!added)
    return refused({ shareWith: `Saken er allerede delt med ${colleague.display_name}.` });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "case.share",
    visibility: "internal",
    entityType: "case",
    entityId: current.id,
    details: { userId: colleague.id, name: colleague.display_name },
  });
  return succeeded({ caseId: current.id });
}
