import { z } from "zod";
import { type Actor, writeAudit } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { renderMinutesPdf } from "../../documents/minutes-pdf.ts";
import type { RenderedPdf } from "../../documents/typst.ts";
import { osloDay } from "../../domain/time.ts";
import { defineJob } from "../../jobs/define-job.ts";
import type { Minutes } from "./minutes-model.ts";
import { notifyMinutesSigners } from "./notify-minutes-signers.ts";

export const MINUTES_PUBLISHING_ACTOR: Actor = { kind: "system", name: "Publisering av protokoll" };

/** The dedupe key of the job that makes a version's PDFs, so it can be found again. */
export const minutesVersionJobKey = (versionId: number): string => `minutes-version-${versionId}`;

/** What the members' PDF carries so that the public views never list it. */
export const MEMBERS_COPY_BASIS = "Medlemmenes utgave av protokollen";

export const ABANDONED_MINUTES_MESSAGE =
  "Jobben som lagde protokollen, stoppet uten å fullføre. Ingenting er publisert.";

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Stops a version whose PDFs could not be made, with the Norwegian message the secretariat
 * reads. Nothing of it was ever visible, so nothing is undone; a version no longer generating
 * is left as it is.
 */
export async function failMinutesVersion({
  tx,
  versionId,
  reason,
  now,
}: {
  tx: Database;
  versionId: number;
  reason: string;
  now: Date;
}): Promise<void> {
  const failed = await tx
    .updateTable("minutes_version")
    .set({ status: "failed", failure: reason })
    .where("id", "=", versionId)
    .where("status", "=", "generating")
    .returning(["meeting_id", "version"])
    .executeTakeFirst();
  if (!failed) return;
  await writeAudit(tx, {
    actor: MINUTES_PUBLISHING_ACTOR,
    at: now,
    action: "minutes.version_failed",
    visibility: "internal",
    entityType: "meeting",
    entityId: failed.meeting_id,
    details: { versionId, version: failed.version, error: reason },
  });
}

/**
 * The moment a version becomes visible, in the transaction that files its PDFs: the version is
 * published (public_minutes_version shows it), the earlier versions' documents are marked
 * replaced by this one's, and the change is announced publicly, so the portal's pages, feeds,
 * search and alerts see it. A published draft asks the chosen signers to sign it, in the same
 * transaction, so a draft that never appears sends nothing. Before this commits nothing of the
 * version shows.
 */
export async function completeMinutesVersion({
  tx,
  versionId,
  membersDocumentId,
  publicDocumentId,
  baseUrl,
  now,
}: {
  tx: Database;
  versionId: number;
  membersDocumentId: number;
  publicDocumentId: number;
  /** Where the signers' mails link to; null sends none. */
  baseUrl: string | null;
  now: Date;
}): Promise<void> {
  const version = await tx
    .updateTable("minutes_version")
    .set({
      status: "published",
      published_at: now,
      members_document_id: membersDocumentId,
      public_document_id: publicDocumentId,
    })
    .where("id", "=", versionId)
    .where("status", "=", "generating")
    .returning(["meeting_id", "version", "kind", "reason", "requested_by_name"])
    .executeTakeFirst();
  if (!version) return;
  for (const documentId of [membersDocumentId, publicDocumentId])
    await tx
      .updateTable("document")
      .set({ replaced_by_id: documentId, replaced_at: now })
      .where("meeting_id", "=", version.meeting_id)
      .where("kind", "=", "minutes")
      .where("access", "=", documentId === publicDocumentId ? "public" : "exempt")
      .where("id", "<>", documentId)
      .where("replaced_by_id", "is", null)
      .execute();
  await writeAudit(tx, {
    actor: MINUTES_PUBLISHING_ACTOR,
    at: now,
    action: "minutes.publish_version",
    visibility: "public",
    entityType: "meeting",
    entityId: version.meeting_id,
    details: {
      versionId,
      version: version.version,
      kind: version.kind,
      reason: version.reason,
      requestedBy: version.requested_by_name,
      documents: [membersDocumentId, publicDocumentId],
    },
  });
  if (version.kind === "draft" && baseUrl !== null)
    await notifyMinutesSigners({ tx, meetingId: version.meeting_id, versionId, baseUrl });
}

const KIND_TITLES = { draft: "utkast", final: "godkjent", correction: "rettet" } as const;

/**
 * Makes the two PDFs of a version from its frozen content, the members' and the public one,
 * and files both with the version's publication in one transaction, so the version appears
 * with both or not at all. A render fails the same way each time, so after the last attempt
 * the version is failed with the error and the secretariat publishes again.
 */
export const renderMinutesVersionJob = defineJob({
  type: "renderMinutesVersion",
  label: "Møteprotokoll",
  schema: z.object({
    versionId: z.number().int().positive(),
    baseUrl: z.string().url().nullable().default(null),
  }),
  maxAttempts: 2,
  describe: (payload) => `Protokollversjon ${payload.versionId}`,
  async handler({ versionId, baseUrl }, { job, services }) {
    const { db, blobs } = services;
    const version = await db
      .selectFrom("minutes_version")
      .selectAll()
      .where("id", "=", versionId)
      .executeTakeFirst();
    if (version?.status !== "generating") return;
    try {
      const municipality = await db
        .selectFrom("municipality")
        .select("name")
        .orderBy("id")
        .executeTakeFirst();
      const render = (minutes: Minutes): Promise<RenderedPdf> =>
        renderMinutesPdf({
          minutes,
          municipality: municipality?.name ?? "",
          version: version.version,
          kind: version.kind,
          reason: version.reason,
          issuedAt: version.requested_at,
        });
      const [members, open] = await Promise.all([
        render(version.content as unknown as Minutes),
        render(version.public_content as unknown as Minutes),
      ]);
      const membersSha = await blobs.put(members.pdf);
      const publicSha = await blobs.put(open.pdf);
      await commit({ db }, async (tx) => {
        const locked = await tx
          .selectFrom("minutes_version")
          .select("status")
          .where("id", "=", versionId)
          .forUpdate()
          .executeTakeFirst();
        if (locked?.status !== "generating") return succeeded(null);
        const now = new Date();
        const day = osloDay(new Date((version.public_content as unknown as Minutes).startsAt));
        const file = async (
          pdf: RenderedPdf,
          sha256: string,
          audience: "members" | "public",
        ): Promise<number> => {
          await tx
            .insertInto("blob")
            .values({
              sha256,
              size: pdf.pdf.length,
              media_type: "application/pdf",
              created_at: now,
            })
            .onConflict((conflict) => conflict.column("sha256").doNothing())
            .execute();
          const forMembers = audience === "members";
          const row = await tx
            .insertInto("document")
            .values({
              sha256,
              pdf_sha256: sha256,
              page_count: pdf.pageCount,
              file_name: `protokoll-${day}-versjon-${version.version}${forMembers ? "-medlemmer" : ""}.pdf`,
              title: `Møteprotokoll, versjon ${version.version} (${KIND_TITLES[version.kind]})${forMembers ? ", medlemmenes utgave" : ""}`,
              kind: "minutes",
              version: version.version,
              // The schema lets only a publication round's documents be for members, so the
              // members' copy is kept off every public view by its access instead.
              access: forMembers ? "exempt" : "public",
              exemption_basis: forMembers ? MEMBERS_COPY_BASIS : null,
              audience: "everyone",
              meeting_id: version.meeting_id,
              created_at: now,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          return row.id;
        };
        const membersDocumentId = await file(members, membersSha, "members");
        const publicDocumentId = await file(open, publicSha, "public");
        await completeMinutesVersion({
          tx,
          versionId,
          membersDocumentId,
          publicDocumentId,
          baseUrl,
          now,
        });
        return succeeded(null);
      });
    } catch (error) {
      if (job.attempt >= job.maxAttempts)
        await commit({ db }, async (tx) => {
          await failMinutesVersion({
            tx,
            versionId,
            reason: `Protokollen kunne ikke lages som PDF, så ingenting er publisert. Feilen var: ${errorText(error)}`,
            now: new Date(),
          });
          return succeeded(null);
        });
      throw error;
    }
  },
});

/** A version still generating whose job stopped for good without failing it: it never finishes. */
export async function isMinutesVersionAbandoned(db: Database, versionId: number): Promise<boolean> {
  const row = await db
    .selectFrom("job")
    .select("id")
    .where("type", "=", renderMinutesVersionJob.type)
    .where("dedupe_key", "=", minutesVersionJobKey(versionId))
    .where("status", "=", "dead")
    .executeTakeFirst();
  return row !== undefined;
}
