import { type Actor, writeAudit } from "../../audit.ts";
import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { editingIn } from "../../domain/case-status.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { caseVisibility } from "../public-access/published.ts";
import { changedSections, type PresentationTexts } from "./case-record.ts";
import type { LockedCase } from "./queries.ts";
import { RECOMMENDATION_DECIDED } from "./update-case.ts";
import { writeCaseVersion } from "./write-case-version.ts";

export const REASON_MAX = 1000;

/**
 * Changes an approved presentation as a new version with its reason, so the signed text and
 * every later change stay on record; the case then reads as the newest version.
 */
export async function reviseCase({
  actor,
  current,
  texts,
  reason,
  now = new Date(),
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  texts: PresentationTexts;
  reason: string;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number; version: number }>> {
  if (editingIn(current.status) !== "revision")
    return refused({
      form: "Bare et godkjent saksframlegg endres med en ny versjon; denne saken kan ikke endres nå.",
    });
  const why = reason.trim();
  const changed = changedSections(current, texts);
  const errors: FieldErrors = {};
  if (why === "") errors.reason = "Skriv hvorfor saksframlegget endres.";
  else if (why.length > REASON_MAX)
    errors.reason = `Begrunnelsen kan ha høyst ${formatNumber(REASON_MAX)} tegn.`;
  if (current.decided && changed.includes("recommendation"))
    errors.recommendation = RECOMMENDATION_DECIDED;
  if (changed.length === 0)
    errors.form = "Ingen tekst er endret, så det er ingen ny versjon å lagre.";
  if (Object.keys(errors).length > 0) return refused(errors);
  const version = current.version + 1;
  await writeCaseVersion(tx, { actor, caseId: current.id, version, texts, reason: why, now });
  await tx
    .updateTable("case")
    .set({
      title: texts.title,
      summary: texts.summary,
      facts: texts.facts,
      assessment: texts.assessment,
      recommendation: texts.recommendation,
      version,
      updated_at: now,
    })
    .where("id", "=", current.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "case.revise",
    visibility: await caseVisibility(tx, current.id),
    entityType: "case",
    entityId: current.id,
    details: { version, reason: why, changed },
  });
  return succeeded({ caseId: current.id, version });
}
