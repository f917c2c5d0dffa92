import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FieldErrors, Outcome } from "../../commit/outcome.ts";
import { authorize } from "../../policies/policy.ts";
import { consoleScript } from "../../web/assets.ts";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../../web/require-user.ts";
import { pathId } from "../../web/route-helpers.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { adjournMeeting } from "./adjourn-meeting.ts";
import { type ConsoleResult, type ConsoleWork, runConsoleAction } from "./console-action.ts";
import { ConsoleItemPage, consoleItemPath } from "./console-item-page.tsx";
import { ConsolePage, consolePath } from "./console-page.tsx";
import { consoleItem, loadConsole } from "./console-queries.ts";
import { ITEM_SECTIONS } from "./item-sections.tsx";
import { openMeeting } from "./open-meeting.ts";
import { startItem } from "./start-item.ts";

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
  return sendPage(
    request,
    reply,
    <ConsolePage
      ctx={ctx}
      state={console}
      errors={state.errors ?? {}}
      values={state.values ?? {}}
    />,
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
      labels={state.labels ?? {}}
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
  }: {
    meetingId: number;
    /** The item whose page the form is on; the meeting's page when absent. */
    itemId?: number;
    action: string;
    work: (args: ConsoleWork) => Promise<Outcome<T>>;
    labels?: Record<string, string>;
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
  const state = { errors: outcome.errors, values, labels: labels ?? {} };
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
}
