import type { Database } from "../../db/database.ts";
import type { MinutesVersionKind } from "../../db/schema.ts";
import type { Minutes } from "./minutes-model.ts";

export const VERSION_KIND_LABELS: Record<MinutesVersionKind, string> = {
  draft: "Utkast, ikke godkjent",
  final: "Godkjent",
  correction: "Rettet etter godkjenning",
};

/** One version as the secretariat's publish page lists it. */
export interface MinutesVersionRow {
  id: number;
  version: number;
  kind: MinutesVersionKind;
  status: "generating" | "published" | "failed";
  reason: string | null;
  requestedBy: string;
  requestedAt: Date;
  publishedAt: Date | null;
  failure: string | null;
}

export async function listMinutesVersions(
  db: Database,
  meetingId: number,
): Promise<MinutesVersionRow[]> {
  const rows = await db
    .selectFrom("minutes_version")
    .select([
      "id",
      "version",
      "kind",
      "status",
      "reason",
      "requested_by_name",
      "requested_at",
      "published_at",
      "failure",
    ])
    .where("meeting_id", "=", meetingId)
    .orderBy("version", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    requestedBy: row.requested_by_name,
    requestedAt: row.requested_at,
    publishedAt: row.published_at,
    failure: row.failure,
  }));
}

/** What the next publication of the minutes is: a draft until approval, then final, then corrections. */
export async function nextMinutesKind(
  db: Database,
  meetingId: number,
): Promise<MinutesVersionKind> {
  const [meeting, final] = await Promise.all([
    db
      .selectFrom("meeting as m")
      .leftJoin("minutes as mi", "mi.meeting_id", "m.id")
      .select(["m.status", "mi.approved_at"])
      .where("m.id", "=", meetingId)
      .executeTakeFirst(),
    db
      .selectFrom("minutes_version")
      .select("id")
      .where("meeting_id", "=", meetingId)
      .where("kind", "=", "final")
      .where("status", "=", "published")
      .executeTakeFirst(),
  ]);
  if (!meeting?.approved_at && meeting?.status !== "minutes_approved") return "draft";
  return final ? "correction" : "final";
}

/** A published version as the portal shows it: the public content and its PDF only. */
export interface PublishedMinutes {
  version: number;
  kind: MinutesVersionKind;
  reason: string | null;
  publishedAt: Date;
  minutes: Minutes;
  pdf: { documentId: number; fileName: string; pageCount: number | null };
}

/**
 * The public minutes of a meeting, newest first, read only from public_minutes_version: the
 * public content and the public PDF, never the members'. Empty until a version is published.
 */
export async function loadPublicMinutes(
  db: Database,
  meetingId: number,
): Promise<PublishedMinutes[]> {
  const rows = await db
    .selectFrom("public_minutes_version as v")
    .innerJoin("document as d", "d.id", "v.public_document_id")
    .select([
      "v.version",
      "v.kind",
      "v.reason",
      "v.published_at",
      "v.public_content",
      "d.id as document_id",
      "d.file_name",
      "d.page_count",
    ])
    .where("v.meeting_id", "=", meetingId)
    .where("d.access", "=", "public")
    .orderBy("v.version", "desc")
    .execute();
  return rows.map((row) => ({
    version: row.version,
    kind: row.kind,
    reason: row.reason,
    publishedAt: row.published_at,
    minutes: row.public_content as unknown as Minutes,
    pdf: { documentId: row.document_id, fileName: row.file_name, pageCount: row.page_count },
  }));
}

/** The latest published members' version of a meeting's minutes, or null. */
export async function loadMembersMinutes(
  db: Database,
  meetingId: number,
): Promise<Omit<PublishedMinutes, "reason"> | null> {
  const row = await db
    .selectFrom("minutes_version as v")
    .innerJoin("document as d", "d.id", "v.members_document_id")
    .select([
      "v.version",
      "v.kind",
      "v.published_at",
      "v.content",
      "d.id as document_id",
      "d.file_name",
      "d.page_count",
    ])
    .where("v.meeting_id", "=", meetingId)
    .where("v.status", "=", "published")
    .orderBy("v.version", "desc")
    .executeTakeFirst();
  if (!row?.published_at) return null;
  return {
    version: row.version,
    kind: row.kind,
    publishedAt: row.published_at,
    minutes: row.content as unknown as Minutes,
    pdf: { documentId: row.document_id, fileName: row.file_name, pageCount: row.page_count },
  };
}
