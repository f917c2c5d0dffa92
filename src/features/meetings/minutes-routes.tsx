import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { osloDateTime, osloDay, osloParts } from "../../domain/time.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, renderPage } from "../../web/route-helpers.ts";
import { recommendationForStep } from "../route/route-queries.ts";
import { lockMeeting } from "./agenda-store.ts";
import { holdMeeting } from "./hold-meeting.ts";
import { showMeetingPage } from "./meeting-routes.tsx";
import { meetingSubject } from "./meeting-status.ts";
import { DecisionPage } from "./minutes-page.tsx";
import { findAgendaEntry, loadMeeting } from "./queries.ts";
import { recordDecision } from "./record-decision.ts";
import { withdrawDecision } from "./withdraw-decision.ts";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (message: string) => z.string({ error: message }).trim().regex(TIME, message);

const holdSchema = z.object({ end: time("Skriv sluttiden som tt:mm, for eksempel 21:00.") });

const decisionSchema = z.object({
  decision: z
    .string({ error: "Skriv vedtaket." })
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(20_000, `Vedtaket kan ha høyst ${formatNumber(20_000)} tegn.`)),
  decidedAt: time("Skriv klokkeslettet som tt:mm, for eksempel 19:30."),
});

const hhmm = (at: Date): string => {
  const { hour, minute } = osloParts(at);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
};

/** A time of the meeting's day in Norway. */
const onMeetingDay = (meeting: { starts_at: Date }, at: string): Date =>
  osloDateTime(osloDay(meeting.starts_at), at);

async function showDecisionPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values?: Record<string, string>; errors?: FieldErrors } = {},
) {
  authorize(request.user, "update", "meeting");
  const db = request.server.db;
  const meetingId = pathId(request.params);
  const itemId = pathId(request.params, "itemId");
  const [meeting, entry, recorded] = await Promise.all([
    loadMeeting(db, meetingId),
    findAgendaEntry(db, meetingId, itemId),
    db
      .selectFrom("agenda_item")
      .select(["decision", "decided_at"])
      .where("id", "=", itemId)
      .executeTakeFirst(),
  ]);
  if (!entry || !recorded) throw new NotFoundError();
  authorize(request.user, "update", "meeting", meetingSubject(meeting));
  const recommendation =
    entry.routeStepId === null ? null : await recommendationForStep(db, entry.routeStepId);
  const values = state.values ?? {
    decision: recorded.decision ?? recommendation?.text ?? "",
    decidedAt: hhmm(recorded.decided_at ?? meeting.starts_at),
  };
  return renderPage(
    request,
    reply,
    (ctx) => (
      <DecisionPage
        ctx={ctx}
        meeting={meeting}
        entry={entry}
        recommendation={recommendation}
        values={values}
        errors={state.errors ?? {}}
        recorded={recorded.decided_at !== null}
      />
    ),
    state.errors,
  );
}

/** The minutes kept in the workspace: the meeting held and its decisions. */
export async function registerMinutesRoutes(app: FastifyInstance): Promise<void> {
  app.post("/admin/moter/:id/holdt", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const input = parseForm(holdSchema, request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      if (!input.ok) return input;
      const endsAt = onMeetingDay(meeting, input.value.end);
      return holdMeeting({ actor, meeting, endsAt, now: new Date(), tx });
    });
    if (!outcome.ok) return showMeetingPage(request, reply, meetingId, { errors: outcome.errors });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "meetingHeld");
  });

  const decisionPath = "/admin/moter/:id/saker/:itemId/vedtak";

  app.get(decisionPath, { preHandler: requireUser }, async (request, reply) =>
    showDecisionPage(request, reply),
  );

  app.post(decisionPath, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const input = parseForm(decisionSchema, request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      if (!input.ok) return input;
      const decidedAt = onMeetingDay(meeting, input.value.decidedAt);
      return recordDecision({
        actor,
        meeting,
        itemId,
        decision: input.value.decision,
        decidedAt,
        now: new Date(),
        tx,
      });
    });
    if (!outcome.ok)
      return showDecisionPage(request, reply, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "decisionRecorded");
  });

  app.post(`${decisionPath}/fjern`, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      return withdrawDecision({ actor, meeting, itemId, now: new Date(), tx });
    });
    if (!outcome.ok) return showDecisionPage(request, reply, { errors: outcome.errors });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "decisionWithdrawn");
  });
}
