import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { checkRoute, writeRoute } from "../cases/case-record.ts";
import { lockCases } from "../meetings/agenda-placement.ts";
import { caseVisibility } from "../public-access/published.ts";

export const ROUTE_REASON_MESSAGE = "Skriv hvorfor saksgangen endres.";

/**
 * Changes a case's route (saksgang). Once the case has been on an agenda the change needs a
 * reason, which the audit keeps with the old and the new route: it is how a body that will not
 * treat the case after all is taken off, so that the next may. The steps already treated stay
 * (writeRoute). A decided case's route is history. The caller has locked the case with lockCase
 * and authorized the change.
 */
export async function changeRoute({
  actor,
  caseId,
  route,
  reason,
  now,
  tx,
}: {
  actor: Actor;
  caseId: number;
  route: readonly number[];
  reason: string;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  await lockCases(tx, [caseId]);
  const current = await tx
    .selectFrom("case")
    .select("status")
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
  if (current.status === "decided")
    return refused({ form: "Saken er avgjort, så saksgangen kan ikke endres." });
  const errors = await checkRoute(tx, route);
  if (Object.keys(errors).length > 0) return refused(errors);
  const written = await writeRoute(tx, caseId, route);
  if (!written.ok) return written;
  const { previous, changed, treated } = written.value;
  if (!changed) return refused({ form: "Saksgangen er som før." });
  if (treated && reason.trim() === "") return refused({ reason: ROUTE_REASON_MESSAGE });
  await tx
    .updateTable("case")
    .set({ updated_at: now ?? new Date() })
    .where("id", "=", caseId)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "case.change_route",
    visibility: await caseVisibility(tx, caseId),
    entityType: "case",
    entityId: caseId,
    details: { previous, route, reason: reason.trim() || null },
  });
  return succeeded({ caseId });
}
