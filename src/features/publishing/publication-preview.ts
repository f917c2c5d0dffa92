import type { Database } from "../../db/database.ts";
import type { Meeting, PublicationKind } from "../../db/schema.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { bodyRules } from "../../domain/rules.ts";
import { formatWeekdayDate } from "../../domain/time.ts";
import { daysOfNotice, isShortNotice } from "../meetings/notice-deadline.ts";
import { type NoticeRecipient, noticeRecipients } from "./notice-recipients.ts";

/**
 * A document still marked public on an item that is closed: the confirmation asks, per document,
 * whether it is published or withheld before anything goes out.
 */
export interface AccessQuestion {
  documentId: number;
  documentTitle: string;
  itemNumber: string;
  itemTitle: string;
  closedBasis: string;
}

export interface PreviewItem {
  number: string;
  title: string;
  /** The legal basis of an exempt item, and the title the public sees; null for a public one. */
  exemption: { basis: string; publicTitle: string } | null;
  withdrawn: boolean;
  addedAfterNotice: boolean;
}

/** What the confirmation shows before the secretariat publishes a round of the meeting's papers. */
export interface PublicationPreview {
  kind: PublicationKind;
  version: number;
  recipients: NoticeRecipient[];
  items: PreviewItem[];
  /** Told, not refused: the secretariat may publish anyway. */
  warnings: string[];
  questions: AccessQuestion[];
  /** The lines of the change log the round announces; empty for the first notice. */
  changes: string[];
}

/** The first round is the notice; a later one with an added item a supplement, else a correction. */
export async function nextPublication(
  db: Database,
  meetingId: number,
): Promise<{ version: number; kind: PublicationKind; reuse: number | null }> {
  const latest = await db
    .selectFrom("meeting_publication")
    .select(["id", "version", "status"])
    .where("meeting_id", "=", meetingId)
    .orderBy("version", "desc")
    .executeTakeFirst();
  const added = await db
    .selectFrom("meeting_change")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where("kind", "=", "item_added")
    .where("publication_id", "is", null)
    .executeTakeFirst();
  const publishedBefore =
    latest !== undefined && (latest.status !== "failed" || latest.version > 1);
  const kind: PublicationKind = !publishedBefore ? "notice" : added ? "supplement" : "correction";
  // A failed round is tried again under its own version: nothing of it was ever seen.
  if (latest?.status === "failed") return { version: latest.version, kind, reuse: latest.id };
  return { version: (latest?.version ?? 0) + 1, kind, reuse: null };
}

/** The documents on closed items that are still marked public. */
export async function accessQuestions(db: Database, meetingId: number): Promise<AccessQuestion[]> {
  const rows = await db
    .selectFrom("agenda_item as a")
    .innerJoin("case as c", "c.id", "a.case_id")
    .innerJoin("document as d", "d.case_id", "c.id")
    .select([
      "d.id",
      "d.title",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "c.title as case_title",
      "a.closed_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .where("a.is_closed", "=", true)
    .where("a.withdrawn_at", "is", null)
    .where("d.access", "=", "public")
    .where("d.replaced_by_id", "is", null)
    .orderBy("a.position")
    .orderBy("d.id")
    .execute();
  return rows.map((row) => ({
    documentId: row.id,
    documentTitle: row.title,
    itemNumber: caseNumberLabel({
      caseType: row.case_type,
      year: row.series_year,
      number: row.series_number,
    }),
    itemTitle: row.case_title,
    closedBasis: row.closed_basis ?? "",
  }));
}

async function earlierUnpublished(db: Database, meeting: Meeting): Promise<string[]> {
  const rows = await db
    .selectFrom("meeting")
    .select("starts_at")
    .where("body_id", "=", meeting.body_id)
    .where("id", "<>", meeting.id)
    .where("starts_at", "<", meeting.starts_at)
    .where("status", "=", "planned")
    .orderBy("starts_at")
    .execute();
  return rows.map(
    (row) =>
      `Møtet ${formatWeekdayDate(row.starts_at)} i samme utvalg er tidligere, men har ikke fått sendt innkalling. Sendes denne først, kommer saksnumrene ut av datorekkefølge.`,
  );
}

export async function previewPublication(
  db: Database,
  { meeting, now }: { meeting: Meeting; now: Date },
): Promise<PublicationPreview> {
  const [next, body, recipients, items, questions, changes, earlier] = await Promise.all([
    nextPublication(db, meeting.id),
    db
      .selectFrom("body")
      .select("settings")
      .where("id", "=", meeting.body_id)
      .executeTakeFirstOrThrow(),
    noticeRecipients(db, meeting),
    db
      .selectFrom("agenda_item as a")
      .leftJoin("case as c", "c.id", "a.case_id")
      .select((eb) => [
        "a.case_type",
        "a.series_year",
        "a.series_number",
        eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
        "c.public_title",
        "c.access",
        "c.exemption_basis",
        "a.withdrawn_at",
        "a.added_after_notice_at",
      ])
      .where("a.meeting_id", "=", meeting.id)
      .orderBy("a.position")
      .execute(),
    accessQuestions(db, meeting.id),
    db
      .selectFrom("meeting_change")
      .select("description")
      .where("meeting_id", "=", meeting.id)
      .where("publication_id", "is", null)
      .orderBy("at")
      .orderBy("id")
      .execute(),
    meeting.status === "planned" ? earlierUnpublished(db, meeting) : Promise.resolve([]),
  ]);
  const warnings: string[] = [];
  const noticeDays = bodyRules(body.settings).noticeDays;
  if (
    next.kind === "notice" &&
    isShortNotice({ now, meetingStart: meeting.starts_at, noticeDays })
  ) {
    const days = daysOfNotice(now, meeting.starts_at);
    warnings.push(
      `Kort varsel: det er ${days} ${days === 1 ? "dag" : "dager"} til møtet, og reglementet krever innkalling minst ${noticeDays} dager før.`,
    );
  }
  warnings.push(...earlier);
  for (const recipient of recipients.filter((r) => r.email === null))
    warnings.push(
      `${recipient.name} har ingen e-postadresse i registeret og får ikke innkallingen på e-post.`,
    );
  if (recipients.length === 0)
    warnings.push("Utvalget har ingen medlemmer på møtedatoen. Ingen får innkallingen på e-post.");
  return {
    kind: next.kind,
    version: next.version,
    recipients,
    items: items.map((item) => ({
      number: caseNumberLabel({
        caseType: item.case_type,
        year: item.series_year,
        number: item.series_number,
      }),
      title: item.title,
      exemption:
        item.access === "exempt"
          ? { basis: item.exemption_basis ?? "", publicTitle: item.public_title ?? "" }
          : null,
      withdrawn: item.withdrawn_at !== null,
      addedAfterNotice: item.added_after_notice_at !== null,
    })),
    warnings,
    questions,
    changes: changes.map((change) => change.description),
  };
}
