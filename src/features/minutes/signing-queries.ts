import type { Database } from "../../db/database.ts";
import type {
  MinutesApprovalMethod,
  PublishedMinutesVersion,
  SigningState,
} from "../../domain/minutes-approval.ts";

export interface SignerStatus {
  personId: number;
  name: string;
  position: number;
  /** When the signer signed the latest version, or null. */
  signedAt: Date | null;
}

export interface MinutesSigning extends SigningState {
  meetingId: number;
  approvedAt: Date | null;
  signers: SignerStatus[];
  /** The latest published version's publishing time. */
  latestPublishedAt: Date | null;
}

/** The newest published version of a meeting's minutes, or null before any is published. */
export async function latestPublishedVersion(
  db: Database,
  meetingId: number,
): Promise<(PublishedMinutesVersion & { publishedAt: Date | null }) | null> {
  const row = await db
    .selectFrom("minutes_version")
    .select(["id", "version", "kind", "published_at"])
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "published")
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row
    ? { id: row.id, version: row.version, kind: row.kind, publishedAt: row.published_at }
    : null;
}

/** Who is chosen to sign, who has signed the latest published version, and the approval. */
export async function loadMinutesSigning(db: Database, meetingId: number): Promise<MinutesSigning> {
  const [minutes, latest, signers] = await Promise.all([
    db
      .selectFrom("minutes")
      .select(["approval", "approved_at"])
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst(),
    latestPublishedVersion(db, meetingId),
    db
      .selectFrom("minutes_signer as s")
      .innerJoin("person as p", "p.id", "s.person_id")
      .select(["s.person_id", "s.position", "p.given_name", "p.family_name"])
      .where("s.meeting_id", "=", meetingId)
      .orderBy("s.position")
      .execute(),
  ]);
  const signatures = latest
    ? await db
        .selectFrom("minutes_signature")
        .select(["person_id", "signed_at"])
        .where("minutes_version_id", "=", latest.id)
        .execute()
    : [];
  const signedAt = new Map(signatures.map((row) => [row.person_id, row.signed_at]));
  const approval: MinutesApprovalMethod = minutes?.approval ?? "signatures";
  const approvedAt = minutes?.approved_at ?? null;
  return {
    meetingId,
    approval,
    approved: approvedAt !== null,
    approvedAt,
    signerPersonIds: signers.map((row) => row.person_id),
    latest: latest ? { id: latest.id, version: latest.version, kind: latest.kind } : null,
    latestPublishedAt: latest?.publishedAt ?? null,
    signedLatest: signatures.map((row) => row.person_id),
    signers: signers.map((row) => ({
      personId: row.person_id,
      name: `${row.given_name} ${row.family_name}`,
      position: row.position,
      signedAt: signedAt.get(row.person_id) ?? null,
    })),
  };
}
