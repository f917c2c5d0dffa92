import { sql } from "kysely";
import type { BlobStore } from "../blobs/blob-store.ts";
import { Refusal } from "../commit/outcome.ts";
import type { Database } from "../db/database.ts";
import type { AccessStatus, CaseType } from "../db/schema.ts";
import { caseNumberLabel } from "../domain/numbering.ts";
import type { PacketDocument, PacketItem } from "./packet.ts";

/**
 * A packet that cannot be built yet: a document on the agenda has no PDF (a Word file waiting
 * for conversion, a presentation not rendered). The publish flow shows the message and stops;
 * nothing is made visible.
 */
export class PacketNotReady extends Refusal {
  constructor(message: string) {
    super({ form: message });
    this.name = "PacketNotReady";
    this.message = message;
  }
}

/** An agenda item as the audience's source (the tables or the public views) gives it. */
interface ItemRow {
  id: number;
  case_id: number | null;
  case_type: CaseType | null;
  series_year: number | null;
  series_number: number | null;
  title: string | null;
  withdrawn_at: Date | string | null;
  case_title: string | null;
  case_access: AccessStatus | null;
  exemption_basis: string | null;
}

/** A document of a case on the agenda, the bytes to merge named by pdf_sha256. */
interface DocumentRow {
  id: number;
  case_id: number | null;
  kind: string;
  title: string;
  pdf_sha256: string | null;
  access: AccessStatus;
}

const presentationFirst = sql`case when d.kind = 'presentation' then 0 else 1 end`;

const itemNumber = (row: ItemRow): string =>
  caseNumberLabel({ caseType: row.case_type, year: row.series_year, number: row.series_number });

function itemLabel(row: ItemRow): string {
  const number = itemNumber(row);
  return number ? `sak ${number}` : `saken «${row.title ?? row.case_title ?? ""}»`;
}

/**
 * A case's presentation in the packet is the PDF rendered for one of its versions; another
 * document filed as a presentation (a plain-text note from before the presentations were written
 * in the web, as the demo still files) is no part of the papers.
 */
const RENDERED_OR_ATTACHED = sql<boolean>`(d.kind = 'attachment' or exists (
  select 1 from case_version v where v.presentation_document_id = d.id
))`;

async function membersRows(db: Database, meetingId: number) {
  const items: ItemRow[] = await db
    .selectFrom("agenda_item as a")
    .leftJoin("case as c", "c.id", "a.case_id")
    .select([
      "a.id",
      "a.case_id",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.title",
      "a.withdrawn_at",
      "c.title as case_title",
      "c.access as case_access",
      "c.exemption_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .orderBy("a.position")
    .execute();
  const caseIds = items.flatMap((item) => (item.case_id === null ? [] : [item.case_id]));
  const documents: DocumentRow[] =
    caseIds.length === 0
      ? []
      : await db
          .selectFrom("document as d")
          .select(["d.id", "d.case_id", "d.kind", "d.title", "d.pdf_sha256", "d.access"])
          .where("d.case_id", "in", caseIds)
          .where("d.kind", "in", ["presentation", "attachment"])
          .where(RENDERED_OR_ATTACHED)
          .where("d.replaced_by_id", "is", null)
          .orderBy(presentationFirst)
          .orderBy("d.position")
          .orderBy("d.id")
          .execute();
  return { items, documents };
}

/**
 * The public's rows come from the public views only, so the packet can hold nothing the
 * portal would not show: an exempt case's neutral title, no exempt original, the redacted
 * version where there is one.
 */
async function publicRows(db: Database, meetingId: number) {
  const items: ItemRow[] = await db
    .selectFrom("public_agenda_item as a")
    .leftJoin("public_case as c", "c.id", "a.case_id")
    .select([
      "a.id",
      "a.case_id",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.title",
      "a.withdrawn_at",
      "c.title as case_title",
      "c.access as case_access",
      "c.exemption_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .orderBy("a.position")
    .execute();
  const caseIds = items.flatMap((item) => (item.case_id === null ? [] : [item.case_id]));
  const documents: DocumentRow[] =
    caseIds.length === 0
      ? []
      : (
          await db
            .selectFrom("public_document as d")
            .select(["d.id", "d.case_id", "d.kind", "d.title", "d.pdf_sha256"])
            .where("d.case_id", "in", caseIds)
            .where("d.kind", "in", ["presentation", "attachment"])
            .where(RENDERED_OR_ATTACHED)
            .orderBy(presentationFirst)
            .orderBy("d.position")
            .orderBy("d.id")
            .execute()
        ).map((row) => ({
          id: row.id ?? 0,
          case_id: row.case_id,
          kind: row.kind ?? "attachment",
          title: row.title ?? "",
          pdf_sha256: row.pdf_sha256,
          // The redacted version of an exempt document is what the public may read.
          access: "public" as const,
        }));
  return { items, documents };
}

/**
 * Pending presentations: a case on the agenda whose newest approved version has no PDF yet
 * (the render job has not run). Older versions' PDFs are replaced, so the packet would
 * otherwise carry an outdated presentation or none.
 */
async function pendingPresentations(db: Database, caseIds: number[]): Promise<Set<number>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("case_version as v")
    .select("v.case_id")
    .where("v.case_id", "in", caseIds)
    .where("v.presentation_document_id", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("case_version as newer")
            .select("newer.id")
            .whereRef("newer.case_id", "=", "v.case_id")
            .whereRef("newer.version", ">", "v.version"),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((row) => row.case_id));
}

/**
 * The packet's items for one audience, in agenda order: each item's number, the title the
 * audience may see, its exemption and whether it is withdrawn, and its case's current
 * presentation and attachments as PDFs (the converted PDF of a Word file; replaced versions
 * left out). The members read the originals; the public reads the public views only. Throws
 * PacketNotReady when a document has no PDF yet.
 */
export async function loadPacketItems({
  db,
  blobs,
  meetingId,
  audience,
}: {
  db: Database;
  blobs: BlobStore;
  meetingId: number;
  audience: "members" | "public";
}): Promise<PacketItem[]> {
  const { items, documents } =
    audience === "members" ? await membersRows(db, meetingId) : await publicRows(db, meetingId);
  const pending = await pendingPresentations(
    db,
    items.flatMap((item) => (item.case_id === null || item.withdrawn_at ? [] : [item.case_id])),
  );
  const result: PacketItem[] = [];
  for (const item of items) {
    const withdrawn = item.withdrawn_at !== null;
    const exemptBasis = item.case_access === "exempt" ? (item.exemption_basis ?? "") : null;
    const own = withdrawn ? [] : documents.filter((document) => document.case_id === item.case_id);
    if (!withdrawn && item.case_id !== null && pending.has(item.case_id))
      throw new PacketNotReady(
        `Saksframlegget i ${itemLabel(item)} er ikke laget som PDF ennå. Vent til det er ferdig, og prøv igjen.`,
      );
    const loaded: PacketDocument[] = [];
    for (const document of own) {
      const what = document.kind === "presentation" ? "Saksframlegget" : "Vedlegget";
      if (document.pdf_sha256 === null)
        throw new PacketNotReady(
          `${what} «${document.title}» i ${itemLabel(item)} er ikke konvertert til PDF ennå.`,
        );
      const pdf = await blobs.get(document.pdf_sha256);
      if (!pdf)
        throw new Error(`The PDF of document ${document.id} (${document.pdf_sha256}) is missing`);
      loaded.push({
        title: document.title,
        pdf,
        exempt: audience === "members" && document.access === "exempt",
      });
    }
    result.push({
      number: itemNumber(item),
      title: item.case_id === null ? (item.title ?? "") : (item.case_title ?? ""),
      exemptBasis,
      withdrawn,
      documents: loaded,
    });
  }
  return result;
}
