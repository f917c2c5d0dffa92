import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, renderPage } from "../../web/route-helpers.ts";
import { recommendationForStep } from "../route/route-queries.ts";
import { addAgendaItem } from "./add-agenda-item.ts";
import { AgendaItemPage, agendaItemValues } from "./agenda-item-page.tsx";
import { lockMeeting } from "./agenda-store.ts";
import { ConfirmPage } from "./confirm-page.tsx";
import { lettersOfItem } from "./letter-queries.ts";
import { meetingName } from "./meeting-labels.ts";
import { showMeetingPage } from "./meeting-routes.tsx";
import { meetingSubject } from "./meeting-status.ts";
import { moveAgendaItem } from "./move-agenda-item.ts";
import { findAgendaEntry, loadMeeting } from "./queries.ts";
import { removeAgendaItem } from "./remove-agenda-item.ts";
import { updateAgendaItem } from "./update-agenda-item.ts";

const addItemSchema = z.object({
  caseId: z
    .string({ error: "Velg en sak fra listen." })
    .regex(/^[1-9]\d{0,8}$/, "Velg en sak fra listen.")
    .transform(Number),
});

const moveSchema = z.object({ direction: z.enum(["up", "down"]) });

const closedSchema = z.object({
  closed: z
    .string({ error: "Ugyldig valg." })
    .optional()
    .transform((value) => value === "on"),
  closedBasis: z
    .string({ error: "Ugyldig hjemmel." })
    .trim()
    .max(200, "Hjemmelen kan ha høyst 200 tegn.")
    .default(""),
});

/** The basis for closing, or null for an open item; a closed item must give its basis. */
function parseClosedForm(body: unknown): Outcome<string | null> {
  const parsed = parseForm(closedSchema, body ?? {});
  if (!parsed.ok) return parsed;
  if (!parsed.value.closed) return succeeded(null);
  if (!parsed.value.closedBasis)
    return refused({ closedBasis: "Oppgi hjemmelen når saken skal behandles i lukket møte." });
  return succeeded(parsed.value.closedBasis);
}

/** The item named by the path, on the meeting named by the path, with a referatsak's letters. */
export async function loadItemPage(request: FastifyRequest) {
  const meetingId = pathId(request.params);
  const itemId = pathId(request.params, "itemId");
  const [meeting, entry] = await Promise.all([
    loadMeeting(request.server.db, meetingId),
    findAgendaEntry(request.server.db, meetingId, itemId),
  ]);
  if (!entry) throw new NotFoundError();
  const letters = entry.kind === "letters" ? await lettersOfItem(request.server.db, itemId) : null;
  const recommendation =
    entry.routeStepId === null
      ? null
      : await recommendationForStep(request.server.db, entry.routeStepId);
  return { meeting, entry, letters, recommendation };
}

type ItemPage = Awaited<ReturnType<typeof loadItemPage>>;

export async function showItemPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: ItemPage,
  state: { values?: Record<string, string>; errors?: FieldErrors } = {},
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <AgendaItemPage
        ctx={ctx}
        meeting={page.meeting}
        entry={page.entry}
        letters={page.letters}
        recommendation={page.recommendation}
        values={state.values ?? agendaItemValues(page.entry)}
        errors={state.errors ?? {}}
      />
    ),
    state.errors,
  );
}

async function showRemovePage(
  request: FastifyRequest,
  reply: FastifyReply,
  { meeting, entry }: ItemPage,
  errors?: FieldErrors,
) {
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const numbered = entry.seriesNumber !== null;
  return renderPage(
    request,
    reply,
    (ctx) => (
      <ConfirmPage
        ctx={ctx}
        meeting={{ id: meeting.id, name }}
        heading={`Fjern ${entry.title} fra sakslisten`}
        action={`/admin/moter/${meeting.id}/saker/${entry.id}/fjern`}
        button="Fjern saken"
        errors={errors ?? {}}
      >
        <p class="ds-paragraph">
          {numbered
            ? "Saken har fått saksnummer. Nummeret blir ikke brukt om igjen, så det blir et hull i nummerserien."
            : "Saken kan settes opp på sakslisten igjen senere."}
        </p>
      </ConfirmPage>
    ),
    errors,
  );
}

export async function registerAgendaRoutes(app: FastifyInstance): Promise<void> {
  app.post("/admin/moter/:id/saker", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const input = parseForm(addItemSchema, request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "create", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "create", "agenda", meetingSubject(meeting));
      if (!input.ok) return input;
      return addAgendaItem({ actor, meeting, caseId: input.value.caseId, tx });
    });
    if (!outcome.ok)
      return showMeetingPage(request, reply, meetingId, {
        errors: outcome.errors,
        values: postedValues(request.body),
      });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "agendaItemAdded");
  });

  const itemPath = "/admin/moter/:id/saker/:itemId";

  app.post(`${itemPath}/flytt`, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const parsed = moveSchema.safeParse(request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "agenda", meetingSubject(meeting));
      // The direction comes from the button, not from something the user typed.
      if (!parsed.success) return refused({ form: "Velg om saken skal flyttes opp eller ned." });
      return moveAgendaItem({ actor, meeting, itemId, direction: parsed.data.direction, tx });
    });
    if (!outcome.ok) return showMeetingPage(request, reply, meetingId, { errors: outcome.errors });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "agendaItemMoved");
  });

  app.get(itemPath, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "agenda");
    const page = await loadItemPage(request);
    authorize(request.user, "update", "agenda", meetingSubject(page.meeting));
    return showItemPage(request, reply, page);
  });

  app.post(itemPath, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const input = parseClosedForm(request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "agenda", meetingSubject(meeting));
      if (!input.ok) return input;
      return updateAgendaItem({ actor, meeting, itemId, closedBasis: input.value, tx });
    });
    if (!outcome.ok)
      return showItemPage(request, reply, await loadItemPage(request), {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "agendaItemUpdated");
  });

  app.get(`${itemPath}/fjern`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "delete", "agenda");
    const page = await loadItemPage(request);
    authorize(request.user, "delete", "agenda", meetingSubject(page.meeting));
    return showRemovePage(request, reply, page);
  });

  app.post(`${itemPath}/fjern`, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "delete", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "delete", "agenda", meetingSubject(meeting));
      return removeAgendaItem({ actor, meeting, itemId, tx });
    });
    if (!outcome.ok)
      return showRemovePage(request, reply, await loadItemPage(request), outcome.errors);
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "agendaItemRemoved");
  });
}
