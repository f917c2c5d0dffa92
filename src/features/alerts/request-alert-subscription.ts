import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";
import { CONFIRM_HOURS, confirmationMail } from "./alert-mails.ts";
import { type AlertTarget, describeTarget } from "./alert-targets.ts";
import { newConfirmToken } from "./alert-tokens.ts";
import { deleteExpiredSubscriptions } from "./delete-expired-subscriptions.ts";

/** A citizen is nobody the system knows; the audit log names them so, never by address. */
export const CITIZEN: Actor = { kind: "system", name: "Innbygger" };

/** A new confirmation mail for the same subscription no sooner than this. */
const RESEND_AFTER_MS = 10 * 60_000;

/**
 * A citizen asks for alerts: the first step of the double opt-in. A new subscription is stored
 * unconfirmed with the hash of a fresh token, and the confirmation mail is queued. The caller
 * shows the same answer whatever happened here, so nobody learns whether an address already
 * follows something: an address that already follows the target gets no mail at all, and one
 * waiting for confirmation gets a new link at most every ten minutes.
 */
export async function requestAlertSubscription({
  email,
  target,
  baseUrl,
  municipalityName,
  now,
  tx,
}: {
  /** Checked by the route's schema; compared and stored in lower case. */
  email: string;
  target: AlertTarget;
  baseUrl: string;
  municipalityName: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<null>> {
  const targetLabel = await describeTarget(tx, target);
  if (!targetLabel)
    return refused(
      target.kind === "body"
        ? { utvalg: "Velg et utvalg fra listen." }
        : { sak: "Fant ikke saken." },
    );
  await deleteExpiredSubscriptions({ now, tx });
  const address = email.trim().toLowerCase();
  let existing = tx
    .selectFrom("alert_subscription")
    .select(["id", "confirmed_at", "confirmation_sent_at"])
    .where("email", "=", address)
    .forUpdate();
  existing =
    target.kind === "body"
      ? existing.where("target", "=", "body").where("body_id", "=", target.bodyId)
      : target.kind === "case"
        ? existing.where("target", "=", "case").where("case_id", "=", target.caseId)
        : existing.where("target", "=", "search").where("search_query", "=", target.query);
  const current = await existing.executeTakeFirst();
  if (current?.confirmed_at) return succeeded(null);
  if (
    current?.confirmation_sent_at &&
    now.getTime() - current.confirmation_sent_at.getTime() < RESEND_AFTER_MS
  )
    return succeeded(null);

  const { token, hash } = newConfirmToken();
  const expires = new Date(now.getTime() + CONFIRM_HOURS * 3_600_000);
  const id = current
    ? (
        await tx
          .updateTable("alert_subscription")
          .set({ confirm_token_hash: hash, confirm_expires_at: expires, confirmation_sent_at: now })
          .where("id", "=", current.id)
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id
    : (
        await tx
          .insertInto("alert_subscription")
          .values({
            email: address,
            target: target.kind,
            body_id: target.kind === "body" ? target.bodyId : null,
            case_id: target.kind === "case" ? target.caseId : null,
            search_query: target.kind === "search" ? target.query : null,
            created_at: now,
            confirm_token_hash: hash,
            confirm_expires_at: expires,
            confirmation_sent_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
  await enqueueJob(tx, sendMailJob, {
    to: [{ name: "", address }],
    ...confirmationMail({ baseUrl, municipalityName, targetLabel, token }),
  });
  await writeAudit(tx, {
    actor: CITIZEN,
    at: now,
    action: current ? "alert.resend_confirmation" : "alert.request",
    visibility: "internal",
    entityType: "alert_subscription",
    entityId: id,
    details:
      target.kind === "body"
        ? { bodyId: target.bodyId }
        : target.kind === "case"
          ? { caseId: target.caseId }
          : { search: target.query },
  });
  return succeeded(null);
}
