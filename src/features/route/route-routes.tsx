import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { authorize, can, NotFoundError } from "../../policies/policy.ts";
import { optionalId, parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { ROUTE_STEPS } from "../cases/case-form-page.tsx";
import { bodyOptions, caseSubject, findCase, lockCase } from "../cases/queries.ts";
import { addAgendaItem } from "../meetings/add-agenda-item.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { changeRoute } from "./change-route.ts";
import { planMeeting } from "./plan-meeting.ts";
import { QueuePage, QueuesPage } from "./queue-page.tsx";
import { comingMeetingsOf, loadQueueBody, queueCounts, queueOf } from "./queue-queries.ts";
import { RoutePage } from "./route-page.tsx";
import { QUEUES_PATH, queuePath, routePath } from "./route-paths.ts";
import { workspaceRoute } from "./route-queries.ts";

const planSchema = z.object({ meetingId: optionalId("Velg et av utvalgets kommende møter.") });

const routeChoice = z
  .string({ error: "Velg et utvalg fra listen." })
  .regex(/^\d{0,9}$/, "Velg et utvalg fra listen.")
  .default("");

const routeSchema = z.object({
  reason: z
    .string({ error: "Ugyldig begrunnelse." })
    .trim()
    .max(2000, `Begrunnelsen kan ha høyst ${formatNumber(2000)} tegn.`)
    .default(""),
  ...Object.fromEntries(
    Array.from({ length: ROUTE_STEPS }, (_, index) => [`route${index + 1}`, routeChoice]),
  ),
});

/** The chosen bodies in order, the empty steps left out; the use case checks the rest. */
function parseRouteForm(body: unknown): Outcome<{ route: number[]; reason: string }> {
  const parsed = parseForm(routeSchema, body ?? {});
  if (!parsed.ok) return parsed;
  const fields = parsed.value as Record<string, unknown>;
  const route = Array.from({ length: ROUTE_STEPS }, (_, index) => fields[`route${index + 1}`])
    .filter((choice): choice is string => typeof choice === "string" && choice !== "")
    .map(Number);
  return succeeded({ route, reason: parsed.value.reason });
}

/** A route step of a case that stands in the body's queue path; anything else is 404. */
async function loadQueueStep(request: FastifyRequest, db = request.server.db) {
  const bodyId = pathId(request.params);
  const stepId = pathId(request.params, "stepId");
  const step = await db
    .selectFrom("case_route_step")
    .select(["id", "case_id", "body_id", "planned_meeting_id"])
    .where("id", "=", stepId)
    .where("body_id", "=", bodyId)
    .executeTakeFirst();
  if (!step) throw new NotFoundError();
  return step;
}

async function showQueue(
  request: FastifyRequest,
  reply: FastifyReply,
  bodyId: number,
  errors?: FieldErrors,
) {
  authorize(request.user, "create", "agenda");
  const db = request.server.db;
  const [body, entries, meetings] = await Promise.all([
    loadQueueBody(db, bodyId),
    queueOf(db, bodyId),
    comingMeetingsOf(db, bodyId),
  ]);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <QueuePage
        ctx={ctx}
        body={body}
        entries={entries}
        meetings={meetings}
        errors={errors ?? {}}
      />
    ),
    errors,
  );
}

async function showRoutePage(
  request: FastifyRequest,
  reply: FastifyReply,
  caseId: number,
  state: { values?: Record<string, string>; errors?: FieldErrors } = {},
) {
  const db = request.server.db;
  authorize(request.user, "view", "case");
  const row = await findCase(db, caseId);
  if (!row) throw new NotFoundError();
  const subject = caseSubject(row);
  authorize(request.user, "view", "case", subject);
  const [route, bodies] = await Promise.all([workspaceRoute(db, caseId), bodyOptions(db)]);
  const values = state.values ?? {
    ...Object.fromEntries(row.route.map((bodyId, index) => [`route${index + 1}`, String(bodyId)])),
  };
  return renderPage(
    request,
    reply,
    (ctx) => (
      <RoutePage
        ctx={ctx}
        caseId={caseId}
        archiveCaseNumber={row.archive_case_number}
        title={row.title}
        route={route}
        bodies={bodies}
        values={values}
        errors={state.errors ?? {}}
        canChange={row.status !== "decided" && can(request.user, "route", "case", subject)}
      />
    ),
    state.errors,
  );
}

export async function registerRouteRoutes(app: FastifyInstance): Promise<void> {
  app.get(QUEUES_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "agenda");
    const counts = await queueCounts(app.db);
    return renderPage(request, reply, (ctx) => <QueuesPage ctx={ctx} counts={counts} />);
  });

  const queue = "/admin/utvalg/:id/saker-klare";

  app.get(queue, { preHandler: requireUser }, async (request, reply) =>
    showQueue(request, reply, pathId(request.params)),
  );

  app.post(`${queue}/:stepId/planlegg`, { preHandler: requireUser }, async (request, reply) => {
    const bodyId = pathId(request.params);
    const input = parseForm(planSchema, request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "agenda");
      const step = await loadQueueStep(request, tx);
      if (!input.ok) return input;
      return planMeeting({ actor, stepId: step.id, meetingId: input.value.meetingId, tx });
    });
    if (!outcome.ok) return showQueue(request, reply, bodyId, outcome.errors);
    return redirectSaved(reply, queuePath(bodyId));
  });

  app.post(`${queue}/:stepId/sett-opp`, { preHandler: requireUser }, async (request, reply) => {
    const bodyId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "create", "agenda");
      const step = await loadQueueStep(request, tx);
      if (step.planned_meeting_id === null)
        return refused({ meetingId: "Velg møtet saken er planlagt til først." });
      const meeting = await lockMeeting(tx, step.planned_meeting_id);
      const actor = authorizeActor(request.user, "create", "agenda", meetingSubject(meeting));
      return addAgendaItem({ actor, meeting, caseId: step.case_id, tx });
    });
    if (!outcome.ok) return showQueue(request, reply, bodyId, outcome.errors);
    return redirectSaved(reply, queuePath(bodyId));
  });

  app.get("/admin/saker/:id/saksgang", { preHandler: requireUser }, async (request, reply) =>
    showRoutePage(request, reply, pathId(request.params)),
  );

  app.post("/admin/saker/:id/saksgang", { preHandler: requireUser }, async (request, reply) => {
    const caseId = pathId(request.params);
    const input = parseRouteForm(request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "route", "case");
      const current = await lockCase(tx, caseId);
      const actor = authorizeActor(request.user, "route", "case", caseSubject(current));
      if (!input.ok) return input;
      return changeRoute({
        actor,
        caseId,
        route: input.value.route,
        reason: input.value.reason,
        tx,
      });
    });
    if (!outcome.ok)
      return showRoutePage(request, reply, caseId, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, routePath(caseId), "routeChanged");
  });
}
