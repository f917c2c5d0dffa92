import { createHash } from "node:crypto";
import { type Outcome, succeeded } from "../../src/commit/outcome.ts";
import type { Database } from "../../src/db/database.ts";
import type {
  MinutesApprovalMethod,
  MinutesVersionKind,
} from "../../src/domain/minutes-approval.ts";
import type { RequestMinutesVersion } from "../../src/features/minutes/request-version.ts";
import { commit } from "./run.ts";

/**
 * The minutes' records the approval reads, written straight into the tables: the signers the
 * secretariat chose and published versions with their two PDFs. The approval's tests need the
 * rows, not how the minutes are drafted or rendered.
 */
export async function chooseMinutesSigners(
  db: Database,
  {
    meetingId,
    personIds,
    approval = "signatures",
  }: { meetingId: number; personIds: number[]; approval?: MinutesApprovalMethod },
): Promise<void> {
  const now = new Date();
  await commit(db, async (tx) => {
    await tx
      .insertInto("minutes")
      .values({ meeting_id: meetingId, approval, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column("meeting_id").doUpdateSet({ approval, updated_at: now }))
      .execute();
    for (const [index, personId] of personIds.entries())
      await tx
        .insertInto("minutes_signer")
        .values({
          meeting_id: meetingId,
          person_id: personId,
          position: index + 1,
          chosen_at: now,
          recorded_by_name: "Testdata",
        })
        .execute();
  });
}

async function minutesPdf(
  tx: Database,
  { meetingId, title }: { meetingId: number; title: string },
): Promise<number> {
  const sha256 = createHash("sha256")
    .update(`${meetingId}:${title}:${Math.random()}`)
    .digest("hex");
  await tx.insertInto("blob").values({ sha256, media_type: "application/pdf", size: 1 }).execute();
  const row = await tx
    .insertInto("document")
    .values({ kind: "minutes", meeting_id: meetingId, title, file_name: "protokoll.pdf", sha256 })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A version of the minutes, published with a members' and a public PDF. */
export async function insertPublishedMinutesVersion(
  tx: Database,
  {
    meetingId,
    kind,
    reason = null,
    at = new Date(),
  }: { meetingId: number; kind: MinutesVersionKind; reason?: string | null; at?: Date },
): Promise<number> {
  const last = await tx
    .selectFrom("minutes_version")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  const version = Number(last?.version ?? 0) + 1;
  await tx
    .insertInto("minutes")
    .values({ meeting_id: meetingId, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column("meeting_id").doNothing())
    .execute();
  const row = await tx
    .insertInto("minutes_version")
    .values({
      meeting_id: meetingId,
      version,
      kind,
      reason,
      content: JSON.stringify({ meetingId, version }),
      public_content: JSON.stringify({ meetingId, version }),
      status: "published",
      members_document_id: await minutesPdf(tx, { meetingId, title: `Protokoll v${version}` }),
      public_document_id: await minutesPdf(tx, {
        meetingId,
        title: `Protokoll v${version} (offentlig)`,
      }),
      requested_at: at,
      requested_by_name: "Testdata",
      published_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export const publishMinutesDraft = (db: Database, meetingId: number): Promise<number> =>
  commit(db, (tx) => insertPublishedMinutesVersion(tx, { meetingId, kind: "draft" }));

/** Publishes each requested version at once, as the publishing use case does once its jobs ran. */
export const requestPublishedVersion: RequestMinutesVersion = async ({
  meeting,
  kind,
  reason,
  now,
  tx,
}): Promise<Outcome<unknown>> =>
  succeeded(
    await insertPublishedMinutesVersion(tx, { meetingId: meeting.id, kind, reason, at: now }),
  );
