import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { type CaseInput, caseColumns, checkOwner, checkRoute, writeRoute } from "./case-record.ts";

export async function createCase({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: CaseInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  const errors = {
    ...(await checkRoute(tx, input.route)),
    ...(await checkOwner(tx, input.ownerId, null)),
  };
  if (Object.keys(errors).length > 0) return refused(errors);
  // The unique archive number decides, so two people registering the same case at once
  // cannot both succeed.
  const created = await tx
    .insertInto("case")
    .values({ ...caseColumns(input), created_at: now, updated_at: now })
    .onConflict((conflict) => conflict.column("archive_case_number").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!created) return refused({ archiveCaseNumber: "Arkivsaksnummeret er allerede registrert." });
  const route = await writeRoute(tx, created.id, input.route);
  if (!route.ok) return route;
  await writeAudit(tx, {
    actor,
    at: now,
    action: "case.create",
    visibility: "internal",
    entityType: "case",
    entityId: created.id,
    details: {
      archiveCaseNumber: input.archiveCaseNumber,
      access: input.access,
      route: input.route,
      ownerId: input.ownerId,
    },
  });
  return succeeded({ caseId: created.id });
}
