import type { Actor } from "../../audit.ts";
import type { Outcome } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import type { MinutesVersionKind } from "../../domain/minutes-approval.ts";

/**
 * Makes a new version of the minutes (the use case of publishing the minutes): the approval
 * asks for the final version, a correction for a correction version with its reason. The
 * approval's use cases are given it, so they stay apart from how a version is rendered.
 */
export type RequestMinutesVersion = (options: {
  actor: Actor;
  meeting: Meeting;
  kind: MinutesVersionKind;
  reason: string | null;
  now: Date;
  tx: Database;
}) => Promise<Outcome<unknown>>;
