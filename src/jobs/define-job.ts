import type { z } from "zod";
import type { BlobStore } from "../blobs/blob-store.ts";
import type { Database } from "../db/database.ts";
import type { OfficeConversionSettings } from "../features/documents/office-conversion.ts";
import type { Mailer } from "../mail/mailer.ts";

/** What a running handler may use; built once per process by whoever starts the worker. */
export interface JobServices {
  db: Database;
  mailer: Mailer;
  blobs: BlobStore;
  /** How Word and OpenDocument files are converted to PDF. */
  conversion: OfficeConversionSettings;
}

/** The job being run, as its handler sees it. */
export interface RunningJob {
  id: number;
  type: string;
  /** 1 on the first attempt. */
  attempt: number;
  maxAttempts: number;
  createdAt: Date;
  /**
   * The same on every attempt of this job and on no other job, so an effect named by it (an
   * outbox file, a Message-ID) is done once even when an attempt is cut off and run again.
   */
  key: string;
}

export interface JobContext {
  job: RunningJob;
  services: JobServices;
}

/**
 * One kind of job. Handlers must be idempotent: an attempt can be cut off after its effect and
 * before the job is marked done (a crash, a lost lease), and then runs again.
 */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Stored in each row; never renamed once jobs of the type may exist. */
  type: string;
  schema: Schema;
  maxAttempts: number;
  /** Shown on the administrator's jobs page, in Norwegian. */
  label: string;
  /** One line about this job for the jobs page, such as the mail's recipient and subject. */
  describe(payload: z.output<Schema>): string;
  handler(payload: z.output<Schema>, context: JobContext): Promise<void>;
}

/** Declares a job type; the definition is both what is enqueued and what the worker runs. */
export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  if (!Number.isInteger(definition.maxAttempts) || definition.maxAttempts < 1)
    throw new Error(`Job ${definition.type}: maxAttempts must be a whole number from 1`);
  return definition;
}

/** The key of a job: its id and its creation time, since ids start again in a new database. */
export function jobKey(id: number, createdAt: Date): string {
  return `job-${id}-${createdAt.getTime().toString(36)}`;
}
