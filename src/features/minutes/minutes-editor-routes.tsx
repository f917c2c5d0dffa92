import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Actor } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, type Outcome, refused } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { loadMeeting } from "../meetings/queries.ts";
import { addMinutesNote } from "./add-minutes-note.ts";
import { chooseMinutesApproval } from "./choose-minutes-approval.ts";
import { chooseMinutesSigners } from "./choose-minutes-signers.ts";
import { editMinutesText } from "./edit-minutes-text.ts";
import { loadMinutes } from "./load-minutes.ts";
import {
  MinutesEditorPage,
  minutesEditorPath,
  noteFieldName,
  textFieldName,
} from "./minutes-editor-page.tsx";
import { revertMinutesText } from "./revert-minutes-text.ts";
import { setMinutesHeader } from "./set-minutes-header.ts";

const id = z.coerce.number({ error: "Ugyldig sak." }).int().positive("Ugyldig sak.");
const text = z.string().default("");

const partSchema = z.object({ itemId: id, key: z.string().min(1, "Ugyldig del av protokollen.") });
const headerSchema = z.object({ othersPresent: text, noticeRemarks: text, agendaRemarks: text });
const approvalSchema = z.object({
  signers: z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((value) => (Array.isArray(value) ? value : [value]).map(Number))
    .pipe(z.array(z.number().int().positive("Velg medlemmer fra listen."))),
  approval: z.enum(["signatures", "meeting"], { error: "Velg hvordan protokollen godkjennes." }),
});

const field = (body: unknown, name: string): string => postedValues(body)[name] ?? "";

async function showEditor(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values?: Record<string, string>; errors?: FieldErrors } = {},
) {
  authorize(request.user, "update", "meeting");
  const db = request.server.db;
  const meetingId = pathId(request.params);
  const meeting = await loadMeeting(db, meetingId);
  authorize(request.user, "update", "meeting", meetingSubject(meeting));
  const [minutes, row] = await Promise.all([
    loadMinutes(db, { meetingId, audience: "members" }),
    db
      .selectFrom("minutes")
      .select("approval")
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst(),
  ]);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <MinutesEditorPage
        ctx={ctx}
        minutes={minutes}
        state={{
          approval: row?.approval ?? "signatures",
          values: state.values ?? {},
          errors: state.errors ?? {},
        }}
      />
    ),
    state.errors,
  );
}

type Work<T> = (args: {
  actor: Actor;
  meeting: Meeting;
  now: Date;
  tx: Database;
}) => Promise<Outcome<T>>;

/**
 * One editor form: the meeting locked, the secretariat's right to change it checked, the use
 * case run; a refusal shows the editor again with what was sent and the error at its field.
 */
async function change<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: Work<T>,
  anchor = "",
  renameErrors: (errors: FieldErrors) => FieldErrors = (errors) => errors,
) {
  const meetingId = pathId(request.params);
  const outcome = await commit(request.server, async (tx) => {
    authorize(request.user, "update", "meeting");
    const meeting = await lockMeeting(tx, meetingId);
    const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
    return work({ actor, meeting, now: new Date(), tx });
  });
  if (!outcome.ok) {
    const values = postedValues(request.body);
    const raw = request.body as Record<string, unknown> | undefined;
    if (Array.isArray(raw?.signers)) values.signers = raw.signers.join(",");
    return showEditor(request, reply, { values, errors: renameErrors(outcome.errors) });
  }
  return redirectSaved(reply, `${minutesEditorPath(meetingId)}${anchor}`);
}

/** The secretary's editor of the minutes (/admin/moter/:id/protokoll) and its forms. */
export async function registerMinutesEditorRoutes(app: FastifyInstance): Promise<void> {
  const base = "/admin/moter/:id/protokoll";

  app.get(base, { preHandler: requireUser }, async (request, reply) => showEditor(request, reply));

  app.post(`${base}/hode`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(headerSchema, request.body ?? {});
    return change(request, reply, async (args) =>
      input.ok ? setMinutesHeader({ ...args, texts: input.value }) : input,
    );
  });

  app.post(`${base}/godkjenning`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(approvalSchema, request.body ?? {});
    return change(request, reply, async (args) => {
      if (!input.ok) return input;
      const signers = await chooseMinutesSigners({ ...args, personIds: input.value.signers });
      if (!signers.ok) return signers;
      return chooseMinutesApproval({ ...args, approval: input.value.approval });
    });
  });

  app.post(`${base}/tekst`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(partSchema, request.body ?? {});
    if (!input.ok) return showEditor(request, reply, { errors: input.errors });
    const { itemId, key } = input.value;
    const name = textFieldName(itemId, key);
    return change(
      request,
      reply,
      async (args) => editMinutesText({ ...args, itemId, key, text: field(request.body, name) }),
      `#sak-${itemId}`,
      ({ text: error, ...rest }) => (error ? { ...rest, [name]: error } : rest),
    );
  });

  app.post(`${base}/merknad`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(z.object({ itemId: id }), request.body ?? {});
    if (!input.ok) return showEditor(request, reply, { errors: input.errors });
    const { itemId } = input.value;
    const name = noteFieldName(itemId);
    const after = field(request.body, `${name}-plass`);
    return change(
      request,
      reply,
      async (args) =>
        after === ""
          ? refused({ [name]: "Velg hvor merknaden skal stå." })
          : addMinutesNote({ ...args, itemId, after, text: field(request.body, name) }),
      `#sak-${itemId}`,
      ({ text: error, ...rest }) => (error ? { ...rest, [name]: error } : rest),
    );
  });

  app.post(`${base}/tilbake`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(partSchema, request.body ?? {});
    if (!input.ok) return showEditor(request, reply, { errors: input.errors });
    const { itemId, key } = input.value;
    return change(
      request,
      reply,
      async (args) => revertMinutesText({ ...args, itemId, key }),
      `#sak-${itemId}`,
    );
  });
}
