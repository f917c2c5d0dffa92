import type { Database } from "../../db/database.ts";
import type { JobStatus } from "../../db/schema.ts";
import { JOB_DEFINITIONS } from "../../jobs/definitions.ts";

export const JOB_STATUSES: readonly JobStatus[] = ["queued", "running", "done", "dead"];
const LISTED = 50;

/** One job as the jobs page shows it. */
export interface JobView {
  id: number;
  status: JobStatus;
  /** The kind of job, in Norwegian. */
  label: string;
  /** What this job is about, such as a mail's recipient and subject. */
  description: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** When a queued job is next due. */
  runAt: Date;
  updatedAt: Date;
}

const definitions = new Map(JOB_DEFINITIONS.map((definition) => [definition.type, definition]));

function describe(type: string, payload: unknown): { label: string; description: string } {
  const definition = definitions.get(type);
  if (!definition) return { label: type, description: "Ukjent jobbtype" };
  const parsed = definition.schema.safeParse(payload);
  return {
    label: definition.label,
    description: parsed.success ? definition.describe(parsed.data) : "Ugyldig innhold",
  };
}

export async function countJobsByStatus(db: Database): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom("job")
    .select((eb) => ["status", eb.fn.countAll<number>().as("count")])
    .groupBy("status")
    .execute();
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, dead: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** Jobs that need an eye: the dead ones newest first, and those waiting or running by when due. */
export async function listOpenJobs(db: Database): Promise<{ dead: JobView[]; pending: JobView[] }> {
  const columns = [
    "id",
    "type",
    "payload",
    "status",
    "attempts",
    "max_attempts",
    "last_error",
    "run_at",
    "updated_at",
  ] as const;
  const [dead, pending] = await Promise.all([
    db
      .selectFrom("job")
      .select(columns)
      .where("status", "=", "dead")
      .orderBy("updated_at", "desc")
      .orderBy("id", "desc")
      .limit(LISTED)
      .execute(),
    db
      .selectFrom("job")
      .select(columns)
      .where("status", "in", ["queued", "running"])
      .orderBy("run_at")
      .orderBy("id")
      .limit(LISTED)
      .execute(),
  ]);
  const present = (row: (typeof dead)[number]): JobView => ({
    id: row.id,
    status: row.status,
    ...describe(row.type, row.payload),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    runAt: row.run_at,
    updatedAt: row.updated_at,
  });
  return { dead: dead.map(present), pending: pending.map(present) };
}
