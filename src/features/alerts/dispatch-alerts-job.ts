import { sql } from "kysely";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { parseSearchQuery, toTsqueryText } from "../../domain/search-query.ts";
import { defineJob } from "../../jobs/define-job.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";
import { SEARCH_CONFIG } from "../search/tsquery.ts";
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
    .where("target", "in", ["body", "case"])
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

interface SavedSearch {
  id: number;
  email: string;
  query: string;
  tsquery: string;
}

/** The confirmed saved searches, each read once per run into its tsquery text. */
async function savedSearches(tx: Database): Promise<SavedSearch[]> {
  const rows = await tx
    .selectFrom("alert_subscription")
    .select(["id", "email", "search_query"])
    .where("target", "=", "search")
    .where("confirmed_at", "is not", null)
    .execute();
  return rows.flatMap((row) => {
    const tsquery = toTsqueryText(parseSearchQuery(row.search_query ?? ""));
    return tsquery === null
      ? []
      : [{ id: row.id, email: row.email, query: String(row.search_query), tsquery }];
  });
}

/**
 * The saved searches the news matches, by the search's own rules (Norwegian stemming, the start
 * of a compound), in one query for all of them. The tsquery texts go as parameters.
 */
async function matchingSearches(
  tx: Database,
  searches: readonly SavedSearch[],
  text: string,
): Promise<SavedSearch[]> {
  if (searches.length === 0) return [];
  const rows = await sql<{ id: number }>`
    select s.id from (values ${sql.join(searches.map((search) => sql`(${search.id}::int, ${search.tsquery}::text)`))}) as s(id, q)
    where to_tsvector(${SEARCH_CONFIG}::regconfig, ${text}) @@ to_tsquery(${SEARCH_CONFIG}::regconfig, s.q)
  `.execute(tx);
  const matched = new Set(rows.rows.map((row) => row.id));
  return searches.filter((search) => matched.has(search.id));
}

type Target =
  | { kind: "body"; bodyId: number }
  | { kind: "case"; caseId: number }
  | { kind: "search"; query: string };

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
        { email: string; target: Target; news: AlertNews[] }
      >();
      const searches = await savedSearches(tx);
      const add = (id: number, email: string, target: Target, news: RoutedNews) => {
        const entry = bySubscription.get(id) ?? { email, target, news: [] };
        entry.news.push({ title: news.title, text: news.text, href: news.href });
        bySubscription.set(id, entry);
      };
      const seen = new Set<string>();
      for (const event of events) {
        if (!isNewsAction(event.action)) continue;
        // A burst of the same change (a decision corrected twice) is one piece of news.
        const key = `${event.action}:${event.entity_id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const news = await newsOf(tx, { action: event.action, entityId: event.entity_id });
        if (!news) continue;
        for (const subscription of await subscribersOf(tx, news))
          add(
            subscription.id,
            subscription.email,
            subscription.target === "body"
              ? { kind: "body", bodyId: Number(subscription.body_id) }
              : { kind: "case", caseId: Number(subscription.case_id) },
            news,
          );
        for (const search of await matchingSearches(tx, searches, news.searchText))
          add(search.id, search.email, { kind: "search", query: search.query }, news);
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
