import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { editingIn } from "../../domain/case-status.ts";
import { caseVisibility } from "../public-access/published.ts";
import {
  type CaseInput,
  caseColumns,
  changedSections,
  checkOwner,
  checkRoute,
  ROUTE_NEEDS_REASON_MESSAGE,
  writeRoute,
} from "./case-record.ts";
import type { LockedCase } from "./queries.ts";

export const RECOMMENDATION_DECIDED =
  "Innstillingen kan ikke endres etter at et utvalg har behandlet saken.";

export const NOT_A_DRAFT =
  "Saken er ikke lenger et utkast. Et godkjent saksframlegg endres med en ny versjon og en begrunnelse.";

/** Changes a draft; the caller has locked it with lockCase and authorized the change. */
export async function updateCase({
  actor,
  current,
  input,
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  input: CaseInput;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  const caseId = current.id;
  if (editingIn(current.status) !== "free") return refused({ form: NOT_A_DRAFT });
  const errors = {
    ...(await checkRoute(tx, input.route)),
    ...(await checkOwner(tx, input.ownerId, current.owner_user_id)),
    // The bodies treated this recommendation; once one has decided, its decision leads the case on.
    ...(current.decided && input.recommendation !== current.recommendation
      ? { recommendation: RECOMMENDATION_DECIDED }
      : {}),
  };
  if (Object.keys(errors).length > 0) return refused(errors);
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
  const route = await writeRoute(tx, caseId, input.route);
  if (!route.ok) return route;
  if (route.value.changed && route.value.treated)
    return refused({ route1: ROUTE_NEEDS_REASON_MESSAGE });
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
      ownerId: input.ownerId,
      changed: changedSections(current, input),
    },
  });
  return succeeded({ caseId });
}
