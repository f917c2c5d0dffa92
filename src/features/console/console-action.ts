import type { FastifyRequest } from "fastify";
import type { Actor } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting, MeetingStatus } from "../../db/schema.ts";
import { authorize } from "../../policies/policy.ts";
import { authorizeActor } from "../../web/route-helpers.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { claimRequest, requestKey } from "./console-request.tsx";

/** Why nothing can be recorded in the console for a meeting in this status; null when it can. */
export function consoleClosedReason(status: MeetingStatus): string | null {
  switch (status) {
    case "notice_published":
    case "held":
      return null;
    case "planned":
      return "Innkallingen er ikke sendt, så det kan ikke føres noe fra møtet ennå.";
    case "cancelled":
      return "Møtet er avlyst.";
    case "minutes_approved":
      return "Protokollen er godkjent, så det som ble ført fra møtet, kan ikke endres.";
  }
}

export const MISSING_KEY_MESSAGE = "Skjemaet er ufullstendig. Last siden på nytt og prøv igjen.";

export type ConsoleResult<T> = { repeated: true } | { repeated: false; value: T };

export interface ConsoleWork {
  tx: Database;
  meeting: Meeting;
  actor: Actor;
  now: Date;
}

/**
 * One recorded fact from the console, in the handlers' fixed order: the role gate, the meeting
 * locked (so two secretaries' browsers take turns), the record-aware check, the console's open
 * status, the request's key, then the use case. A key seen before answers `repeated` and changes
 * nothing, so a form sent twice is recorded once.
 */
export async function runConsoleAction<T>(
  request: FastifyRequest,
  {
    meetingId,
    action,
    work,
  }: { meetingId: number; action: string; work: (args: ConsoleWork) => Promise<Outcome<T>> },
): Promise<Outcome<ConsoleResult<T>>> {
  const key = requestKey(request.body);
  return commit<ConsoleResult<T>>(request.server, async (tx) => {
    authorize(request.user, "update", "console");
    const meeting = await lockMeeting(tx, meetingId);
    const actor = authorizeActor(request.user, "update", "console", meetingSubject(meeting));
    const closed = consoleClosedReason(meeting.status);
    if (closed) return refused({ form: closed });
    if (key === null) return refused({ form: MISSING_KEY_MESSAGE });
    const now = new Date();
    if (!(await claimRequest(tx, { key, meetingId, action, at: now })))
      return succeeded({ repeated: true });
    const outcome = await work({ tx, meeting, actor, now });
    return outcome.ok ? succeeded({ repeated: false, value: outcome.value }) : outcome;
  });
}
