import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FieldErrors, Outcome } from "../../commit/outcome.ts";
import { authorize } from "../../policies/policy.ts";
import { consoleScript } from "../../web/assets.ts";
import { pageContext } from "../../web/context.ts";
import { parseForm } from "../../web/form-input.ts";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../../web/require-user.ts";
import { pathId } from "../../web/route-helpers.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { adjournMeeting } from "./adjourn-meeting.ts";
import { answerSubstituteCall } from "./answer-substitute-call.ts";
import { ITEM_FIELD_LABELS } from "./attendance-sections.tsx";
import { callSubstitute } from "./call-substitute.ts";
import { closeItem } from "./close-item.ts";
import { type ConsoleResult, type ConsoleWork, runConsoleAction } from "./console-action.ts";
import {
  absenceSchema,
  answerSchema,
  attendanceSchema,
  closureSchema,
  conflictSchema,
  parseRollCall,
  rulingSchema,
  substituteSchema,
} from "./console-forms.ts";
import { ConsoleItemPage } from "./console-item-page.tsx";
import { ConsolePage } from "./console-page.tsx";
import { consoleItemPath, consolePath } from "./console-paths.ts";
import { consoleItem, loadConsole } from "./console-queries.ts";
import { declareConflict } from "./declare-conflict.ts";
import { ITEM_SECTIONS } from "./item-sections.tsx";
import { MEETING_SECTIONS } from "./meeting-sections.tsx";
import { openMeeting } from "./open-meeting.ts";
import { recordAttendance } from "./record-attendance.ts";
import { recordRollCall } from "./record-roll-call.ts";
import { registerAbsence } from "./register-absence.ts";
import { removeAttendance } from "./remove-attendance.ts";
import { ruleOnConflict } from "./rule-on-conflict.ts";
import { startItem } from "./start-item.ts";
import { withdrawAbsence } from "./withdraw-absence.ts";

export interface ConsolePageState {
  errors?: FieldErrors;
  values?: Record<string, string>;
  /** Names of the refused form's fields, for the error summary. */
  labels?: Record<string, string>;
}

const statusOf = (state: ConsolePageState): number => (state.errors ? 400 : 200);

/** The console page; also the answer, with status 400, when one of its forms was refused. */
export async function showConsole(
  request: FastifyRequest,
  reply: FastifyReply,
  meetingId: number,
  state: ConsolePageState = {},
) {
  authorize(request.user, "view", "console");
  const console = await loadConsole(request.server.db, meetingId);
  authorize(request.user, "view", "console", meetingSubject(console.meeting));
  const ctx = await pageContext(request);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const context = { db: request.server.db, ctx, state: console, errors, values };
  const sections = (await Promise.all(MEETING_SECTIONS.map((section) => section(context)))).filter(
    (section) => section !== null,
  );
  return sendPage(
    request,
    reply,
    <ConsolePage ctx={ctx} state={console} errors={errors} values={values} sections={sections} />,
    { status: statusOf(state) },
  );
}

/** One item's console page; also the answer, with status 400, when one of its forms was refused. */
export async function showConsoleItem(
  request: FastifyRequest,
  reply: FastifyReply,
  ids: { meetingId: number; itemId: number },
  state: ConsolePageState = {},
) {
  authorize(request.user, "view", "console");
  const db = request.server.db;
  const console = await loadConsole(db, ids.meetingId);
  authorize(request.user, "view", "console", meetingSubject(console.meeting));
  const item = consoleItem(console, ids.itemId);
  const ctx = await pageContext(request);
  const errors = state.errors ?? {};
  const context = {
    db,
    ctx,
    meeting: console.meeting,
    item,
    roster: console.roster,
    errors,
    values: state.values ?? {},
  };
  const sections = (await Promise.all(ITEM_SECTIONS.map((section) => section(context)))).filter(
    (section) => section !== null,
  );
  return sendPage(
    request,
    reply,
    <ConsoleItemPage
      ctx={ctx}
      meeting={console.meeting}
      item={item}
      sections={sections}
      errors={errors}
      labels={{ ...ITEM_FIELD_LABELS, ...state.labels }}
    />,
    { status: statusOf(state) },
  );
}

/**
 * Runs a console form's change and answers it: on to `next` after a change (or a repeat of one
 * already made), the page again with the messages when refused.
 */
export async function answerConsoleForm<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  {
    meetingId,
    itemId,
    action,
    work,
    labels,
    errorField,
  }: {
    meetingId: number;
    /** The item whose page the form is on; the meeting's page when absent. */
    itemId?: number;
    action: string;
    work: (args: ConsoleWork) => Promise<Outcome<T>>;
    labels?: Record<string, string>;
    /** The form's own name for a field the use case refuses by another name. */
    errorField?: Record<string, string>;
  },
): Promise<FastifyReply> {
  const outcome: Outcome<ConsoleResult<T>> = await runConsoleAction(request, {
    meetingId,
    action,
    work,
  });
  const page = itemId === undefined ? consolePath(meetingId) : consoleItemPath(meetingId, itemId);
  if (outcome.ok) return reply.redirect(page, 303);
  const values = Object.fromEntries(
    Object.entries((request.body ?? {}) as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  const errors = Object.fromEntries(
    Object.entries(outcome.errors).map(([field, message]) => [
      errorField?.[field] ?? field,
      message,
    ]),
  );
  const state = { errors, values, labels: labels ?? {} };
  return itemId === undefined
    ? showConsole(request, reply, meetingId, state)
    : showConsoleItem(request, reply, { meetingId, itemId }, state);
}

/** The meeting console (møtekonsoll): the secretariat records the meeting as it happens. */
export async function registerConsoleRoutes(app: FastifyInstance): Promise<void> {
  app.get(consoleScript.path, (_request, reply) =>
    reply
      .type(consoleScript.contentType)
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(consoleScript.body),
  );

  app.get("/admin/moter/:id/konsoll", { preHandler: requireUser }, async (request, reply) =>
    showConsole(request, reply, pathId(request.params)),
  );

  app.get(
    "/admin/moter/:id/konsoll/saker/:itemId",
    { preHandler: requireUser },
    async (request, reply) =>
      showConsoleItem(request, reply, {
        meetingId: pathId(request.params),
        itemId: pathId(request.params, "itemId"),
      }),
  );

  app.post("/admin/moter/:id/konsoll/sett", { preHandler: requireUser }, async (request, reply) =>
    answerConsoleForm(request, reply, {
      meetingId: pathId(request.params),
      action: "meeting.open",
      work: openMeeting,
    }),
  );

  app.post("/admin/moter/:id/konsoll/hev", { preHandler: requireUser }, async (request, reply) =>
    answerConsoleForm(request, reply, {
      meetingId: pathId(request.params),
      action: "meeting.adjourn",
      work: adjournMeeting,
    }),
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/start",
    { preHandler: requireUser },
    async (request, reply) => {
      const itemId = pathId(request.params, "itemId");
      return answerConsoleForm(request, reply, {
        meetingId: pathId(request.params),
        itemId,
        action: "agenda_item.start",
        work: (args) => startItem({ ...args, itemId }),
      });
    },
  );
  await registerAttendanceRoutes(app);
}

/** The console's forms that record attendance, absence, substitutes, conflicts and closing. */
async function registerAttendanceRoutes(app: FastifyInstance): Promise<void> {
  const meetingOf = (request: FastifyRequest) => pathId(request.params);
  const itemOf = (request: FastifyRequest) => pathId(request.params, "itemId");

  app.post(
    "/admin/moter/:id/konsoll/forfall",
    { preHandler: requireUser },
    async (request, reply) => {
      const input = parseForm(absenceSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        action: "absence.register",
        work: (args) =>
          input.ok
            ? registerAbsence({
                ...args,
                personId: input.value.person,
                fromItemId: input.value.fromItem,
                reason: input.value.reason,
              })
            : refusedInput(input),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/forfall/:absenceId/trekk",
    { preHandler: requireUser },
    async (request, reply) => {
      const absenceId = pathId(request.params, "absenceId");
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        action: "absence.withdraw",
        work: (args) => withdrawAbsence({ ...args, absenceId }),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/forfall/:absenceId/innkall",
    { preHandler: requireUser },
    async (request, reply) => {
      const absenceId = pathId(request.params, "absenceId");
      const input = parseForm(substituteSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        action: "substitute.call",
        work: (args) =>
          input.ok
            ? callSubstitute({
                ...args,
                source: { absenceId },
                substitutePersonId: input.value.substitute,
                baseUrl: app.config.baseUrl,
              })
            : refusedInput(input),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/innkallinger/:callId/svar",
    { preHandler: requireUser },
    async (request, reply) => {
      const callId = pathId(request.params, "callId");
      const input = parseForm(answerSchema, request.body);
      const itemId = await callItem(app, callId);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        ...(itemId === null ? {} : { itemId }),
        action: "substitute.answer",
        work: (args) =>
          input.ok
            ? answerSubstituteCall({ ...args, callId, answer: input.value.answer })
            : refusedInput(input),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/opprop",
    { preHandler: requireUser },
    async (request, reply) => {
      const input = parseRollCall(request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        action: "attendance.roll_call",
        work: (args) =>
          input.ok ? recordRollCall({ ...args, present: input.value }) : refusedInput(input),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/fremmote",
    { preHandler: requireUser },
    async (request, reply) => {
      const itemId = itemOf(request);
      const input = parseForm(attendanceSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        itemId,
        action: "attendance.record",
        work: (args) =>
          input.ok
            ? recordAttendance({
                ...args,
                itemId,
                personId: input.value.attendancePerson,
                kind: input.value.attendanceKind,
              })
            : refusedInput(input),
        errorField: { person: "attendancePerson" },
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/fremmote/:eventId/fjern",
    { preHandler: requireUser },
    async (request, reply) => {
      const eventId = pathId(request.params, "eventId");
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        itemId: itemOf(request),
        action: "attendance.remove",
        work: (args) => removeAttendance({ ...args, eventId }),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/inhabilitet",
    { preHandler: requireUser },
    async (request, reply) => {
      const itemId = itemOf(request);
      const input = parseForm(conflictSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        itemId,
        action: "conflict.declare",
        work: (args) =>
          input.ok
            ? declareConflict({
                ...args,
                itemId,
                personId: input.value.conflictPerson,
                basis: input.value.conflictBasis,
                grounds: input.value.conflictGrounds,
              })
            : refusedInput(input),
        errorField: { person: "conflictPerson" },
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/inhabilitet/:conflictId/avgjor",
    { preHandler: requireUser },
    async (request, reply) => {
      const conflictId = pathId(request.params, "conflictId");
      const input = parseForm(rulingSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        itemId: itemOf(request),
        action: "conflict.rule",
        work: (args) =>
          input.ok
            ? ruleOnConflict({
                ...args,
                conflictId,
                votesFor: input.value.votesFor,
                votesAgainst: input.value.votesAgainst,
                chairVote: input.value.chairVote,
              })
            : refusedInput(input),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/inhabilitet/:conflictId/innkall",
    { preHandler: requireUser },
    async (request, reply) => {
      const conflictId = pathId(request.params, "conflictId");
      const input = parseForm(substituteSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        itemId: itemOf(request),
        action: "substitute.call",
        work: (args) =>
          input.ok
            ? callSubstitute({
                ...args,
                source: { conflictId },
                substitutePersonId: input.value.substitute,
                baseUrl: app.config.baseUrl,
              })
            : refusedInput(input),
      });
    },
  );

  app.post(
    "/admin/moter/:id/konsoll/saker/:itemId/lukk",
    { preHandler: requireUser },
    async (request, reply) => {
      const itemId = itemOf(request);
      const input = parseForm(closureSchema, request.body);
      return answerConsoleForm(request, reply, {
        meetingId: meetingOf(request),
        itemId,
        action: "agenda_item.close",
        work: (args) =>
          input.ok
            ? closeItem({ ...args, itemId, ground: input.value.ground, basis: input.value.basis })
            : refusedInput(input),
      });
    },
  );
}

/** A form refused at the edge, answered where a use case would be. */
const refusedInput = (input: { ok: false; errors: FieldErrors }): Promise<Outcome<never>> =>
  Promise.resolve(input);

/** The item a call for a single item belongs to, so its answer returns to that item's page. */
async function callItem(app: FastifyInstance, callId: number): Promise<number | null> {
  const call = await app.db
    .selectFrom("substitute_call")
    .select(["agenda_item_id", "conflict_id"])
    .where("id", "=", callId)
    .executeTakeFirst();
  return call?.conflict_id != null ? call.agenda_item_id : null;
}
