import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { defineJob } from "../../jobs/define-job.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";
import { type AlertNews, alertMail } from "./alert-mails.ts";
import { NEWS_ACTIONS, type NewsAction, newsOf, type RoutedNews } from "./alert-news.ts";
import { describeTarget } from "./alert-targets.ts";
import { alertKey, unsubscribeToken } from "./alert-tokens.ts";
import { deleteExpiredSubscriptions } from "./delete-expired-subscriptions.ts";

/** Events read in one run; a longer backlog is read by the next run, queued at once. */
const BATCH = 500;

export const alertSettingsSchema = z.object({
  baseUrl: z.url(),
  municipalityName: z.string().min(1).max(300),
});

const isNewsAction = (action: string): action is NewsAction =>
  (NEWS_ACTIONS as readonly string[]).includes(action);

/** The confirmed subscriptions the news reaches: its body's, and its cases'. */
async function subscribersOf(tx: Database, news: RoutedNews) {
  return tx
    .selectFrom("alert_subscription")
    .select(["id", "email", "target", "body_id", "case_id"])
    .where("confirmed_at", "is not", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("target", "=", "body"), eb("body_id", "=", news.bodyId)]),
        ...(news.caseIds.length > 0
          ? [eb.and([eb("target", "=", "case"), eb("case_id", "in", news.caseIds)])]
          : []),
      ]),
    )
    .execute();
}

/**
 * Sends the alerts: reads the public change events since the last run (never an internal one,
 * so nothing the portal does not show can reach a mail), turns each into news read through the
 * public views, and queues one mail per confirmed subscription with all its news, each with a
 * one-click unsubscribe link. The cursor row is locked for the run, so two workers never send
 * the same news, and moves on in the transaction that queues the mails.
 */
export const dispatchAlertsJob = defineJob({
  type: "dispatchAlerts",
  label: "E-postvarsler",
  schema: alertSettingsSchema,
  maxAttempts: 10,
  describe: () => "Sender varsler om nye møter, innkallinger, vedtak og protokoller",
  async handler(settings, { services }) {
    await commit({ db: services.db }, async (tx) => {
      const cursor = await tx
        .selectFrom("alert_cursor")
        .select("last_event_id")
        .forUpdate()
        .executeTakeFirstOrThrow();
      const now = new Date();
      await deleteExpiredSubscriptions({ now, tx });
      const events = await tx
        .selectFrom("change_event")
        .select(["id", "action", "entity_id"])
        .where("public", "=", true)
        .where("id", ">", cursor.last_event_id)
        .orderBy("id")
        .limit(BATCH)
        .execute();
      const last = events.at(-1);
      if (!last) return succeeded(null);

      const bySubscription = new Map<
        number,
        {
          email: string;
          target: { kind: "body"; bodyId: number } | { kind: "case"; caseId: number };
          news: AlertNews[];
        }
      >();
      const seen = new Set<string>();
      for (const event of events) {
        if (!isNewsAction(event.action)) continue;
        // A burst of the same change (a decision corrected twice) is one piece of news.
        const key = `${event.action}:${event.entity_id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const news = await newsOf(tx, { action: event.action, entityId: event.entity_id });
        if (!news) continue;
        for (const subscription of await subscribersOf(tx, news)) {
          const entry = bySubscription.get(subscription.id) ?? {
            email: subscription.email,
            target:
              subscription.target === "body"
                ? { kind: "body" as const, bodyId: Number(subscription.body_id) }
                : { kind: "case" as const, caseId: Number(subscription.case_id) },
            news: [],
          };
          entry.news.push({ title: news.title, text: news.text, href: news.href });
          bySubscription.set(subscription.id, entry);
        }
      }

      const key = await alertKey(tx);
      for (const [subscriptionId, entry] of bySubscription) {
        const targetLabel = await describeTarget(tx, entry.target);
        if (!targetLabel) continue;
        await enqueueJob(tx, sendMailJob, {
          to: [{ name: "", address: entry.email }],
          ...alertMail({
            ...settings,
            targetLabel,
            subscriptionId,
            unsubscribeToken: unsubscribeToken(key, subscriptionId),
            news: entry.news,
          }),
        });
      }
      await tx.updateTable("alert_cursor").set({ last_event_id: last.id }).execute();
      if (events.length === BATCH) await enqueueJob(tx, dispatchAlertsJob, settings);
      return succeeded(null);
    });
  },
});
