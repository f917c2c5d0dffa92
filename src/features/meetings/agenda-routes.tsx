import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../admin/require-user.ts";
import {
  type FieldErrors,
  fieldErrors,
  type Outcome,
  parseId,
  refused,
  signedInUser,
  submittedValues,
  succeeded,
  userActor,
} from "../cases/form-support.ts";
import { addAgendaItem } from "./add-agenda-item.ts";
import { AgendaItemPage, agendaItemValues } from "./agenda-item-page.tsx";
import { lockMeeting } from "./agenda-store.ts";
import { ConfirmPage } from "./confirm-page.tsx";
import { meetingName } from "./meeting-labels.ts";
import { showMeetingPage } from "./meeting-routes.tsx";
import { moveAgendaItem } from "./move-agenda-item.ts";
import { findAgendaEntry, findMeeting } from "./queries.ts";
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
  const parsed = closedSchema.safeParse(body ?? {});
  if (!parsed.success) return refused(fieldErrors(parsed.error));
  if (!parsed.data.closed) return succeeded(null);
  if (!parsed.data.closedBasis)
    return refused({ closedBasis: "Oppgi hjemmelen når saken skal behandles i lukket møte." });
  return succeeded(parsed.data.closedBasis);
}

type ItemParams = { Params: { id: string; itemId: string } };

async function loadItemPage(request: FastifyRequest, meetingId: number, itemId: number) {
  const [meeting, entry] = await Promise.all([
    findMeeting(request.server.db, meetingId),
    findAgendaEntry(request.server.db, meetingId, itemId),
  ]);
  if (!meeting || !entry) throw new NotFoundError();
  return { meeting, entry };
}

async function showItemPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: Awaited<ReturnType<typeof loadItemPage>>,
  state: { values?: Record<string, string>; errors?: FieldErrors; status?: number } = {},
) {
  const ctx = await pageContext(request);
  return sendPage(
    request,
    reply,
    <AgendaItemPage
      ctx={ctx}
      meeting={page.meeting}
      entry={page.entry}
      values={state.values ?? agendaItemValues(page.entry)}
      errors={state.errors ?? {}}
    />,
    { status: state.status ?? 200 },
  );
}

async function showRemovePage(
  request: FastifyRequest,
  reply: FastifyReply,
  { meeting, entry }: Awaited<ReturnType<typeof loadItemPage>>,
  state: { errors?: FieldErrors; status?: number } = {},
) {
  const ctx = await pageContext(request);
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const numbered = entry.seriesNumber !== null;
  return sendPage(
    request,
    reply,
    <ConfirmPage
      ctx={ctx}
      heading={`Fjern ${entry.title} fra sakslisten`}
      trail={[
        { href: "/admin/moter", label: "Møter" },
        { href: `/admin/moter/${meeting.id}`, label: name },
      ]}
      action={`/admin/moter/${meeting.id}/saker/${entry.id}/fjern`}
      button="Fjern saken"
      back={`/admin/moter/${meeting.id}`}
      errors={state.errors ?? {}}
    >
      <p class="ds-paragraph">
        {numbered
          ? "Saken har fått saksnummer. Nummeret blir ikke brukt om igjen, så det blir et hull i nummerserien."
          : "Saken kan settes opp på sakslisten igjen senere."}
      </p>
    </ConfirmPage>,
    { status: state.status ?? 200 },
  );
}

export async function registerAgendaRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Params: { id: string } }>(
    "/admin/moter/:id/saker",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = parseId(request.params.id);
      const parsed = addItemSchema.safeParse(request.body ?? {});
      const user = signedInUser(request);
      const outcome = await app.db.transaction().execute(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (!meeting) throw new NotFoundError();
        authorize(user, "create", "agenda");
        if (!parsed.success) return refused(fieldErrors(parsed.error));
        return addAgendaItem({
          actor: userActor(user),
          meeting,
          caseId: parsed.data.caseId,
          tx,
        });
      });
      if (!outcome.ok)
        return showMeetingPage(request, reply, meetingId, {
          errors: outcome.errors,
          values: submittedValues(request.body),
          status: 400,
        });
      return reply.redirect(`/admin/moter/${meetingId}`, 303);
    },
  );

  app.post<ItemParams>(
    "/admin/moter/:id/saker/:itemId/flytt",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = parseId(request.params.id);
      const itemId = parseId(request.params.itemId);
      const parsed = moveSchema.safeParse(request.body ?? {});
      const user = signedInUser(request);
      const outcome = await app.db.transaction().execute(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (!meeting) throw new NotFoundError();
        authorize(user, "update", "agenda");
        // The direction comes from the button, not from something the user typed.
        if (!parsed.success) return refused({ form: "Velg om saken skal flyttes opp eller ned." });
        return moveAgendaItem({
          actor: userActor(user),
          meeting,
          itemId,
          direction: parsed.data.direction,
          tx,
        });
      });
      if (!outcome.ok)
        return showMeetingPage(request, reply, meetingId, { errors: outcome.errors, status: 400 });
      return reply.redirect(`/admin/moter/${meetingId}`, 303);
    },
  );

  app.get<ItemParams>(
    "/admin/moter/:id/saker/:itemId",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = parseId(request.params.id);
      const itemId = parseId(request.params.itemId);
      const user = signedInUser(request);
      const page = await loadItemPage(request, meetingId, itemId);
      authorize(user, "update", "agenda");
      return showItemPage(request, reply, page);
    },
  );

  app.post<ItemParams>(
    "/admin/moter/:id/saker/:itemId",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = parseId(request.params.id);
      const itemId = parseId(request.params.itemId);
      const input = parseClosedForm(request.body);
      const user = signedInUser(request);
      const outcome = await app.db.transaction().execute(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (!meeting) throw new NotFoundError();
        authorize(user, "update", "agenda");
        if (!input.ok) return input;
        return updateAgendaItem({
          actor: userActor(user),
          meeting,
          itemId,
          closedBasis: input.value,
          tx,
        });
      });
      if (!outcome.ok)
        return showItemPage(request, reply, await loadItemPage(request, meetingId, itemId), {
          values: submittedValues(request.body),
          errors: outcome.errors,
          status: 400,
        });
      return reply.redirect(`/admin/moter/${meetingId}`, 303);
    },
  );

  app.get<ItemParams>(
    "/admin/moter/:id/saker/:itemId/fjern",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = parseId(request.params.id);
      const itemId = parseId(request.params.itemId);
      const user = signedInUser(request);
      const page = await loadItemPage(request, meetingId, itemId);
      authorize(user, "delete", "agenda");
      return showRemovePage(request, reply, page);
    },
  );

  app.post<ItemParams>(
    "/admin/moter/:id/saker/:itemId/fjern",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = parseId(request.params.id);
      const itemId = parseId(request.params.itemId);
      const user = signedInUser(request);
      const outcome = await app.db.transaction().execute(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (!meeting) throw new NotFoundError();
        authorize(user, "delete", "agenda");
        return removeAgendaItem({ actor: userActor(user), meeting, itemId, tx });
      });
      if (!outcome.ok)
        return showRemovePage(request, reply, await loadItemPage(request, meetingId, itemId), {
          errors: outcome.errors,
          status: 400,
        });
      return reply.redirect(`/admin/moter/${meetingId}`, 303);
    },
  );
}
