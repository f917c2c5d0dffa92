import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { JobStatus } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { publicItemLabel } from "./meeting-changes.ts";
import type { PapersOverview } from "./papers-page.tsx";
import type { ProgressView } from "./publication-pages.tsx";
import { PUBLICATION_TASKS, publicationTask } from "./publication-tasks.ts";

const MAIL_STATUS: Record<JobStatus, string> = {
  queued: "I kø",
  running: "Sendes",
  done: "Sendt",
  dead: "Kunne ikke sendes",
};

/** The dedupe key each generation job of a round carries, so its jobs can be found again. */
export const taskJobKey = (publicationId: number, taskName: string): string =>
  `publication-${publicationId}-${taskName}`;

export const ABANDONED_MESSAGE =
  "Et dokument ble ikke ferdig: jobben som lagde det, stoppet uten å fullføre. Ingenting er publisert, og ingen har fått e-post.";

/**
 * A round still generating whose job stopped for good without a word (the process was killed on
 * its last attempt): it will never finish, so it counts as failed.
 */
export async function isAbandoned(db: Database, publicationId: number): Promise<boolean> {
  const row = await db
    .selectFrom("publication_task as t")
    .innerJoin("job as j", (join) =>
      join
        .on("j.type", "=", "generatePublicationDocument")
        .on("j.dedupe_key", "=", sql<string>`'publication-' || t.publication_id || '-' || t.name`),
    )
    .select("t.id")
    .where("t.publication_id", "=", publicationId)
    .where("t.status", "=", "pending")
    .where("j.status", "=", "dead")
    .executeTakeFirst();
  return row !== undefined;
}

/** One round of a meeting for the progress page; another meeting's round answers 404. */
export async function loadProgress(
  db: Database,
  meetingId: number,
  publicationId: number,
): Promise<ProgressView> {
  const publication = await db
    .selectFrom("meeting_publication")
    .selectAll()
    .where("id", "=", publicationId)
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  if (!publication) throw new NotFoundError();
  const [tasks, recipients, abandoned] = await Promise.all([
    db
      .selectFrom("publication_task")
      .select(["name", "status"])
      .where("publication_id", "=", publicationId)
      .execute(),
    db
      .selectFrom("notice_recipient as r")
      .innerJoin("person as p", "p.id", "r.person_id")
      .leftJoin("job as j", "j.id", "r.job_id")
      .select(["p.given_name", "p.family_name", "r.email", "j.status as job_status"])
      .where("r.publication_id", "=", publicationId)
      .orderBy("p.family_name")
      .orderBy("p.given_name")
      .execute(),
    publication.status === "generating" ? isAbandoned(db, publicationId) : Promise.resolve(false),
  ]);
  const order = (name: string) => PUBLICATION_TASKS.findIndex((task) => task.name === name);
  return {
    id: publication.id,
    version: publication.version,
    kind: publication.kind,
    status: abandoned ? "failed" : publication.status,
    requestedBy: publication.requested_by_name,
    requestedAt: publication.requested_at,
    publishedAt: publication.published_at,
    failureReason: abandoned ? ABANDONED_MESSAGE : publication.failure_reason,
    tasks: tasks
      .sort((a, b) => order(a.name) - order(b.name))
      .map((task) => ({
        label: publicationTask(task.name)?.label ?? task.name,
        status: task.status,
      })),
    recipients: recipients.map((recipient) => ({
      name: `${recipient.given_name} ${recipient.family_name}`,
      email: recipient.email,
      // A sent mail's job is pruned after a month; its row stays, and it was sent.
      mailStatus: recipient.job_status ? MAIL_STATUS[recipient.job_status] : "Sendt",
    })),
  };
}

/** The rounds of a meeting's papers, its change log and its items, for the papers page. */
export async function loadPapersOverview(
  db: Database,
  meeting: { id: number; status: string },
): Promise<PapersOverview> {
  const [rounds, changes, items] = await Promise.all([
    db
      .selectFrom("meeting_publication")
      .select(["id", "version", "kind", "status", "requested_at", "published_at"])
      .where("meeting_id", "=", meeting.id)
      .orderBy("version", "desc")
      .execute(),
    db
      .selectFrom("meeting_change")
      .select(["at", "description", "publication_id"])
      .where("meeting_id", "=", meeting.id)
      .orderBy("at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("agenda_item")
      .select("id")
      .select("withdrawn_at")
      .where("meeting_id", "=", meeting.id)
      .orderBy("position")
      .execute(),
  ]);
  return {
    rounds: rounds.map((round) => ({
      id: round.id,
      version: round.version,
      kind: round.kind,
      status: round.status,
      requestedAt: round.requested_at,
      publishedAt: round.published_at,
    })),
    changes: changes.map((change) => ({
      at: change.at,
      description: change.description,
      announcedIn: change.publication_id,
    })),
    items: await Promise.all(
      items.map(async (item) => ({
        id: item.id,
        label: await publicItemLabel(db, item.id),
        withdrawn: item.withdrawn_at !== null,
      })),
    ),
    canPublish: meeting.status === "notice_published",
  };
}
