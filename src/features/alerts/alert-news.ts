import type { Database } from "../../db/database.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { meetingTitle, meetingWhen } from "../feeds/meeting-title.ts";
import { EXEMPT_LABEL } from "../portal/presenters/labels.ts";
import { caseHref, meetingHref } from "../portal/presenters/links.ts";
import { agendaPublished } from "../public-access/published.ts";
import type { AlertNews } from "./alert-mails.ts";

/** The public changes that are news to a subscriber, and what each is about. */
export const NEWS_ACTIONS = [
  "meeting.create",
  "meeting.update",
  "meeting.cancel",
  "meeting.publish_notice",
  "meeting.approve_minutes",
  "agenda_item.decide",
] as const;

export type NewsAction = (typeof NEWS_ACTIONS)[number];

/** A piece of news and who follows it: the body's subscribers, and those of the cases. */
export interface RoutedNews extends AlertNews {
  bodyId: number;
  caseIds: number[];
  /** What a saved search is matched against: the news and the public titles it is about. */
  searchText: string;
}

async function meetingOf(db: Database, meetingId: number) {
  return db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select([
      "m.id",
      "m.body_id",
      "m.starts_at",
      "m.status",
      "m.series_year",
      "m.series_number",
      "b.name as body_name",
      agendaPublished("m").as("agenda_published"),
    ])
    .where("m.id", "=", meetingId)
    .executeTakeFirst();
}

/** The cases on a published agenda; none before the notice. */
async function casesOnAgenda(db: Database, meetingId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("public_agenda_item as a")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .select("a.case_id")
    .where("a.meeting_id", "=", meetingId)
    .where("a.case_id", "is not", null)
    .where(agendaPublished("m"))
    .execute();
  return rows.flatMap((row) => (row.case_id === null ? [] : [row.case_id]));
}

/**
 * The news an event brings, read now and only through what the public may see: an exempt
 * case's decision is named by its public title and never quoted. Null when the event is no news
 * any more (a decision since withdrawn) or not news at all.
 */
export async function newsOf(
  db: Database,
  event: { action: NewsAction; entityId: string },
): Promise<RoutedNews | null> {
  const id = Number(event.entityId);
  if (!Number.isSafeInteger(id)) return null;
  if (event.action === "agenda_item.decide") {
    const item = await db
      .selectFrom("public_agenda_item as a")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .innerJoin("body as b", "b.id", "m.body_id")
      .leftJoin("public_case as c", "c.id", "a.case_id")
      .select((eb) => [
        "a.case_id",
        "a.case_type",
        "a.series_year",
        "a.series_number",
        "a.decision",
        "a.meeting_id",
        "m.body_id",
        "b.name as body_name",
        eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
        "c.access",
        "c.exemption_basis",
      ])
      .where("a.id", "=", id)
      .where("a.decided_at", "is not", null)
      .where(agendaPublished("m"))
      .executeTakeFirst();
    if (!item) return null;
    const number = caseNumberLabel({
      caseType: item.case_type,
      year: item.series_year,
      number: item.series_number,
    });
    const title = `Vedtak i ${item.body_name}: ${number ? `${number} ` : ""}${item.title}`;
    const text =
      item.access === "exempt"
        ? `${EXEMPT_LABEL}${item.exemption_basis ? ` (${item.exemption_basis})` : ""}.`
        : (item.decision ?? "");
    return {
      bodyId: item.body_id,
      caseIds: item.case_id === null ? [] : [item.case_id],
      title,
      text,
      href: item.case_id === null ? meetingHref(item.meeting_id) : caseHref(item.case_id),
      searchText: `${title}\n${text}`,
    };
  }
  const news = await meetingNews(db, id, event.action);
  if (!news) return null;
  const titles =
    news.caseIds.length === 0
      ? []
      : await db
          .selectFrom("public_case")
          .select("title")
          .where("id", "in", news.caseIds)
          .orderBy("id")
          .execute();
  return {
    ...news,
    searchText: [news.title, news.text, ...titles.map((row) => row.title)].join("\n"),
  };
}

async function meetingNews(
  db: Database,
  id: number,
  action: Exclude<NewsAction, "agenda_item.decide">,
): Promise<Omit<RoutedNews, "searchText"> | null> {
  const meeting = await meetingOf(db, id);
  if (!meeting) return null;
  const title = `${meetingTitle(meeting)} ${meetingWhen(meeting.starts_at)}`;
  const base = { bodyId: meeting.body_id, href: meetingHref(meeting.id) };
  switch (action) {
    case "meeting.create":
      return { ...base, caseIds: [], title: `Nytt møte: ${title}`, text: "" };
    case "meeting.update":
      return {
        ...base,
        caseIds: await casesOnAgenda(db, meeting.id),
        title: `Endret møte: ${title}`,
        text: "Tid eller sted for møtet er endret.",
      };
    case "meeting.cancel":
      return {
        ...base,
        caseIds: await casesOnAgenda(db, meeting.id),
        title: `Avlyst: ${title}`,
        text: "Møtet er avlyst.",
      };
    case "meeting.publish_notice":
      return {
        ...base,
        caseIds: await casesOnAgenda(db, meeting.id),
        title: `Innkalling og saksliste: ${title}`,
        text: "Innkallingen er sendt, med saksliste og dokumenter.",
      };
    case "meeting.approve_minutes":
      return {
        ...base,
        caseIds: [],
        title: `Protokoll godkjent: ${title}`,
        text: "Protokollen fra møtet er godkjent.",
      };
  }
}
