import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { caseVisibility } from "../public-access/published.ts";
import { type CaseInput, caseColumns, checkRoute, writeRoute } from "./case-record.ts";

export async function updateCase({
  actor,
  caseId,
  input,
  tx,
}: {
  actor: Actor;
  caseId: number;
  input: CaseInput;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  const routeErrors = await checkRoute(tx, input.route);
  if (Object.keys(routeErrors).length > 0) return refused(routeErrors);
  const taken = await tx
    .selectFrom("case")
    .select("id")
    .where("archive_case_number", "=", input.archiveCaseNumber)
    .where("id", "<>", caseId)
    .executeTakeFirst();
  if (taken) return refused({ archiveCaseNumber: "Arkivsaksnummeret er allerede registrert." });
  await tx
    .updateTable("case")
    .set({ ...caseColumns(input), updated_at: new Date() })
    .where("id", "=", caseId)
    .execute();
  await writeRoute(tx, caseId, input.route);
  await writeAudit(tx, {
    actor,
    action: "case.update",
    visibility: await caseVisibility(tx, caseId),
    entityType: "case",
    entityId: caseId,
    details: {
      archiveCaseNumber: input.archiveCaseNumber,
      access: input.access,
      route: input.route,
    },
  });
  return succeeded({ caseId });
}
