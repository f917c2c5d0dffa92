import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import { bodyRules } from "../../domain/rules.ts";
import { isIsoDay, osloDateTime, osloDay, osloParts } from "../../domain/time.ts";
import { authorize, can, NotFoundError } from "../../policies/policy.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import {
  isDayInYearRange,
  parseForm,
  postedValues,
  YEAR_RANGE_MESSAGE,
} from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, queryId, renderPage } from "../../web/route-helpers.ts";
import { searchText } from "../../web/search.ts";
import { bodyOptions } from "../cases/queries.ts";
import { lockMeeting } from "./agenda-store.ts";
import { cancelMeeting } from "./cancel-meeting.ts";
import { ConfirmPage } from "./confirm-page.tsx";
import { createMeeting } from "./create-meeting.ts";
import { MeetingFormPage } from "./meeting-form-page.tsx";
import {
  isBeyondPlanningHorizon,
  type MeetingInput,
  PLANNING_HORIZON_YEARS,
} from "./meeting-input.ts";
import { meetingName } from "./meeting-labels.ts";
import { MeetingPage } from "./meeting-page.tsx";
import { isHeld, meetingSubject } from "./meeting-status.ts";
import { MeetingsPage } from "./meetings-page.tsx";
import { daysOfNotice, isShortNotice } from "./notice-deadline.ts";
import {
  agendaOf,
  candidateCases,
  listMeetings,
  loadMeeting,
  type MeetingDetail,
} from "./queries.ts";
import { updateMeeting } from "./update-meeting.ts";

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Browsers send YYYY-MM-DD; where the date field falls back to text, people write 10.12.2026. */
function isoDay(text: string): string {
  const match = NORWEGIAN_DATE.exec(text);
  if (!match) return text;
  const [, day, month, year] = match;
  return `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
}

const meetingSchema = z.object({
  body: z
    .string({ error: "Velg utvalg." })
    .regex(/^[1-9]\d{0,8}$/, "Velg utvalg.")
    .transform(Number),
  date: z
    .string({ error: "Skriv datoen for møtet." })
    .trim()
    .transform(isoDay)
    .refine(isIsoDay, "Skriv en gyldig dato, for eksempel 10.12.2026.")
    .refine(isDayInYearRange, YEAR_RANGE_MESSAGE),
  start: z
    .string({ error: "Skriv starttiden." })
    .trim()
    .regex(TIME, "Skriv starttiden som tt:mm, for eksempel 18:00."),
  end: z
    .string({ error: "Skriv sluttiden som tt:mm." })
    .trim()
    .refine(
      (value) => value === "" || TIME.test(value),
      "Skriv sluttiden som tt:mm, for eksempel 21:00.",
    )
    .default(""),
  location: z
    .string({ error: "Ugyldig sted." })
    .trim()
    .max(200, "Stedet kan ha høyst 200 tegn.")
    .default(""),
  room: z
    .string({ error: "Ugyldig rom." })
    .trim()
    .max(200, "Rommet kan ha høyst 200 tegn.")
    .default(""),
  remote: z
    .string({ error: "Ugyldig valg." })
    .optional()
    .transform((value) => value === "on"),
});

const meetingTimesSchema = meetingSchema.pick({ date: true, start: true, end: true });
const END_BEFORE_START = "Sluttiden må være etter starttiden.";
const BEYOND_HORIZON = `Et møte kan ikke legges mer enn ${PLANNING_HORIZON_YEARS} år fram i tid.`;

/** The meeting's start and end as instants, the wall-clock times read as Norwegian time. */
function timesOf({ date, start, end }: { date: string; start: string; end: string }) {
  return {
    startsAt: osloDateTime(date, start.slice(0, 5)),
    endsAt: end ? osloDateTime(date, end.slice(0, 5)) : null,
  };
}

const endsBeforeStart = ({ startsAt, endsAt }: ReturnType<typeof timesOf>): boolean =>
  endsAt !== null && endsAt <= startsAt;

/** The errors in the meeting's times alone, which can be told even when another field is wrong. */
function timeErrors(times: ReturnType<typeof timesOf>, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  if (isBeyondPlanningHorizon(times.startsAt, now)) errors.date = BEYOND_HORIZON;
  if (endsBeforeStart(times)) errors.end = END_BEFORE_START;
  return errors;
}

function parseMeetingForm(body: unknown, now: Date): Outcome<MeetingInput> {
  const parsed = parseForm(meetingSchema, body ?? {});
  if (!parsed.ok) {
    // Checked even when another field is wrong, so the form shows every error at once.
    const fields = meetingTimesSchema.safeParse(body ?? {});
    return refused({
      ...(fields.success ? timeErrors(timesOf(fields.data), now) : {}),
      ...parsed.errors,
    });
  }
  const { startsAt, endsAt } = timesOf(parsed.value);
  const errors = timeErrors({ startsAt, endsAt }, now);
  if (Object.keys(errors).length > 0) return refused(errors);
  return succeeded({
    bodyId: parsed.value.body,
    startsAt,
    endsAt,
    location: parsed.value.location,
    room: parsed.value.room,
    isRemote: parsed.value.remote,
  });
}

const hhmm = (at: Date): string => {
  const { hour, minute } = osloParts(at);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
};

function meetingValues(meeting: MeetingDetail): Record<string, string> {
  return {
    body: String(meeting.body_id),
    date: osloDay(meeting.starts_at),
    start: hhmm(meeting.starts_at),
    end: meeting.ends_at ? hhmm(meeting.ends_at) : "",
    location: meeting.location,
    room: meeting.room,
    remote: meeting.is_remote ? "on" : "",
  };
}

async function showMeetingForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { meeting?: MeetingDetail; values: Record<string, string>; errors?: FieldErrors },
) {
  const bodies = await bodyOptions(request.server.db);
  const meeting = state.meeting;
  return renderPage(
    request,
    reply,
    (ctx) => (
      <MeetingFormPage
        ctx={ctx}
        {...(meeting
          ? {
              meeting: {
                id: meeting.id,
                name: meetingName(meeting.body_name, meeting.starts_at),
                isHeld: isHeld(meeting.status),
                isCancelled: meeting.status === "cancelled",
              },
            }
          : {})}
        values={state.values}
        errors={state.errors ?? {}}
        bodies={bodies}
      />
    ),
    state.errors,
  );
}

/**
 * The meeting with its agenda and the forms to change it; also the answer, with status 400,
 * when one of those forms was refused.
 */
export async function showMeetingPage(
  request: FastifyRequest,
  reply: FastifyReply,
  meetingId: number,
  state: { errors?: FieldErrors; values?: Record<string, string> } = {},
) {
  const db = request.server.db;
  const user = request.user;
  authorize(user, "view", "meeting");
  const meeting = await loadMeeting(db, meetingId);
  const subject = meetingSubject(meeting);
  authorize(user, "view", "meeting", subject);
  const canEditAgenda = can(user, "update", "agenda", subject);
  const search = searchText(request.query, "sok", 200);
  const [agenda, candidates] = await Promise.all([
    can(user, "view", "agenda", subject) ? agendaOf(db, meetingId) : Promise.resolve(null),
    canEditAgenda ? candidateCases(db, { meeting, search }) : Promise.resolve([]),
  ]);
  const now = new Date();
  const noticeDays = bodyRules(meeting.body_settings).noticeDays;
  const shortNotice = isShortNotice({ now, meetingStart: meeting.starts_at, noticeDays })
    ? { days: daysOfNotice(now, meeting.starts_at), noticeDays }
    : null;
  return renderPage(
    request,
    reply,
    (ctx) => (
      <MeetingPage
        ctx={ctx}
        meeting={meeting}
        agenda={
          agenda?.map((entry) => ({
            ...entry,
            // An item without a case withholds nothing.
            contentVisible:
              entry.status === null ||
              can(user, "view", "case", {
                ownerId: entry.ownerId,
                sharedWith: entry.sharedWith,
                access: entry.access,
                status: entry.status,
                decided: entry.decided,
              }),
          })) ?? null
        }
        candidates={candidates}
        search={search}
        canEditMeeting={can(user, "update", "meeting", subject)}
        canEditAgenda={canEditAgenda}
        shortNotice={shortNotice}
        errors={state.errors ?? {}}
        values={state.values ?? {}}
      />
    ),
    state.errors,
  );
}

async function showCancelPage(
  request: FastifyRequest,
  reply: FastifyReply,
  meeting: MeetingDetail,
  errors?: FieldErrors,
) {
  const name = meetingName(meeting.body_name, meeting.starts_at);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <ConfirmPage
        ctx={ctx}
        meeting={{ id: meeting.id, name }}
        heading={`Avlys møtet ${name}`}
        action={`/admin/moter/${meeting.id}/avlys`}
        button="Avlys møtet"
        errors={errors ?? {}}
      >
        <p class="ds-paragraph">
          {meeting.status === "notice_published"
            ? "Innkallingen er sendt. Møtet blir stående som avlyst, og sakene må settes opp på et annet møte."
            : "Møtet blir stående som avlyst i møteplanen."}
        </p>
      </ConfirmPage>
    ),
    errors,
  );
}

export async function registerMeetingRoutes(app: FastifyInstance): Promise<void> {
  app.get("/admin/moter", { preHandler: requireUser }, async (request, reply) => {
    const bodyId = queryId(request.query, "utvalg");
    const period =
      (request.query as Record<string, unknown>).tid === "tidligere" ? "past" : "upcoming";
    authorize(request.user, "view", "meeting");
    const user = request.user;
    if (!user) throw new NotFoundError();
    const [bodies, meetings] = await Promise.all([
      bodyOptions(app.db),
      listMeetings(app.db, { bodyId, period, now: new Date(), user }),
    ]);
    return renderPage(request, reply, (ctx) => (
      <MeetingsPage
        ctx={ctx}
        meetings={meetings}
        // Only bodies whose meetings the user may see, asked as of a meeting of each.
        bodies={bodies.filter((body) =>
          can(user, "view", "meeting", { bodyId: body.id, noticePublished: true }),
        )}
        bodyId={bodyId}
        period={period}
        canCreate={can(request.user, "create", "meeting")}
      />
    ));
  });

  app.get("/admin/moter/ny", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "meeting");
    return showMeetingForm(request, reply, { values: { start: "18:00" } });
  });

  app.post("/admin/moter", { preHandler: requireUser }, async (request, reply) => {
    const input = parseMeetingForm(request.body, new Date());
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "meeting");
      if (!input.ok) return input;
      return createMeeting({ actor, input: input.value, tx });
    });
    if (!outcome.ok)
      return showMeetingForm(request, reply, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectWithFlash(reply, `/admin/moter/${outcome.value.meetingId}`, "meetingCreated");
  });

  app.get("/admin/moter/:id", { preHandler: requireUser }, async (request, reply) =>
    showMeetingPage(request, reply, pathId(request.params)),
  );

  app.get("/admin/moter/:id/endre", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "meeting");
    const meeting = await loadMeeting(app.db, pathId(request.params));
    authorize(request.user, "update", "meeting", meetingSubject(meeting));
    return showMeetingForm(request, reply, { meeting, values: meetingValues(meeting) });
  });

  app.post("/admin/moter/:id/endre", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const input = parseMeetingForm(request.body, new Date());
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      if (!input.ok) return input;
      return updateMeeting({ actor, meeting, input: input.value, tx });
    });
    if (!outcome.ok)
      return showMeetingForm(request, reply, {
        meeting: await loadMeeting(app.db, meetingId),
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "meetingUpdated");
  });

  app.get("/admin/moter/:id/avlys", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "meeting");
    const meeting = await loadMeeting(app.db, pathId(request.params));
    authorize(request.user, "update", "meeting", meetingSubject(meeting));
    return showCancelPage(request, reply, meeting);
  });

  app.post("/admin/moter/:id/avlys", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      return cancelMeeting({ actor, meeting, tx });
    });
    if (!outcome.ok)
      return showCancelPage(request, reply, await loadMeeting(app.db, meetingId), outcome.errors);
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "meetingCancelled");
  });
}
