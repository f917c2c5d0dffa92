import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import type { Meeting } from "../../db/schema.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { publicationScript } from "../../web/assets.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import { postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, renderPage } from "../../web/route-helpers.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { meetingName } from "../meetings/meeting-labels.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { loadMeeting } from "../meetings/queries.ts";
import { publicItemLabel } from "./meeting-changes.ts";
import { PapersPage, WithdrawPage } from "./papers-page.tsx";
import {
  ConfirmPublicationPage,
  PublicationProgressPage,
  progressMessage,
} from "./publication-pages.tsx";
import { previewPublication } from "./publication-preview.ts";
import { loadPapersOverview, loadProgress } from "./publication-queries.ts";
import { requestPublication } from "./request-publication.ts";
import { withdrawAgendaItem } from "./withdraw-agenda-item.ts";

const ANSWER_FIELD = /^dokument-([1-9]\d{0,8})$/;

/** The answers about documents on closed items: "ja" publishes, "nei" withholds, else unanswered. */
function parseAnswers(body: unknown): Map<number, boolean> {
  const answers = new Map<number, boolean>();
  for (const [field, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const match = ANSWER_FIELD.exec(field);
    if (match && (value === "ja" || value === "nei")) answers.set(Number(match[1]), value === "ja");
  }
  return answers;
}

const answerValues = (answers: ReadonlyMap<number, boolean>): Record<string, string> =>
  Object.fromEntries([...answers].map(([id, publish]) => [String(id), publish ? "ja" : "nei"]));

/** Where a member reads the meeting's papers: the link in the notice mail. */
export const memberMeetingUrl = (baseUrl: string, meetingId: number): string =>
  `${baseUrl.replace(/\/$/, "")}/mine-moter/${meetingId}`;

async function showConfirmPage(
  request: FastifyRequest,
  reply: FastifyReply,
  meeting: Meeting & { body_name: string },
  state: { answers?: ReadonlyMap<number, boolean>; errors?: FieldErrors } = {},
) {
  const preview = await previewPublication(request.server.db, { meeting, now: new Date() });
  return renderPage(
    request,
    reply,
    (ctx) => (
      <ConfirmPublicationPage
        ctx={ctx}
        meeting={{ id: meeting.id, name: meetingName(meeting.body_name, meeting.starts_at) }}
        preview={preview}
        answers={answerValues(state.answers ?? new Map())}
        errors={state.errors ?? {}}
      />
    ),
    state.errors,
  );
}

/** The two steps of publishing a meeting's papers: confirm, then follow the documents as they are made. */
export async function registerPublicationRoutes(app: FastifyInstance): Promise<void> {
  app.get("/admin/moter/:id/innkalling", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "meeting");
    const meeting = await loadMeeting(app.db, pathId(request.params));
    authorize(request.user, "update", "meeting", meetingSubject(meeting));
    return showConfirmPage(request, reply, meeting);
  });

  app.post("/admin/moter/:id/innkalling", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const answers = parseAnswers(request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      return requestPublication({
        actor,
        meeting,
        answers,
        meetingUrl: memberMeetingUrl(app.config.baseUrl, meetingId),
        now: new Date(),
        tx,
      });
    });
    if (!outcome.ok)
      return showConfirmPage(request, reply, await loadMeeting(app.db, meetingId), {
        answers,
        errors: outcome.errors,
      });
    return redirectWithFlash(
      reply,
      `/admin/moter/${meetingId}/publisering/${outcome.value.publicationId}`,
      "publicationRequested",
    );
  });

  app.get(
    "/admin/moter/:id/publisering/:publication",
    { preHandler: requireUser },
    async (request, reply) => {
      authorize(request.user, "update", "meeting");
      const meeting = await loadMeeting(app.db, pathId(request.params));
      authorize(request.user, "update", "meeting", meetingSubject(meeting));
      const progress = await loadProgress(
        app.db,
        meeting.id,
        pathId(request.params, "publication"),
      );
      return renderPage(request, reply, (ctx) => (
        <PublicationProgressPage
          ctx={ctx}
          meeting={{ id: meeting.id, name: meetingName(meeting.body_name, meeting.starts_at) }}
          progress={progress}
        />
      ));
    },
  );

  // What the progress page's script polls: only the round's state, so it is cheap to ask often.
  app.get(
    "/admin/moter/:id/publisering/:publication/status",
    { preHandler: requireUser },
    async (request, reply) => {
      authorize(request.user, "update", "meeting");
      const meeting = await loadMeeting(app.db, pathId(request.params));
      authorize(request.user, "update", "meeting", meetingSubject(meeting));
      const progress = await loadProgress(
        app.db,
        meeting.id,
        pathId(request.params, "publication"),
      );
      return reply.header("cache-control", "no-store").send({
        status: progress.status,
        done: progress.tasks.filter((task) => task.status === "done").length,
        total: progress.tasks.length,
        message: progressMessage(progress),
      });
    },
  );

  app.get(publicationScript.path, (_request, reply) =>
    reply
      .type(publicationScript.contentType)
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(publicationScript.body),
  );

  app.get("/admin/moter/:id/sakspapirer", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "meeting");
    const meeting = await loadMeeting(app.db, pathId(request.params));
    authorize(request.user, "update", "meeting", meetingSubject(meeting));
    const overview = await loadPapersOverview(app.db, meeting);
    return renderPage(request, reply, (ctx) => (
      <PapersPage
        ctx={ctx}
        meeting={{ id: meeting.id, name: meetingName(meeting.body_name, meeting.starts_at) }}
        overview={overview}
      />
    ));
  });

  async function showWithdrawPage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { values?: Record<string, string>; errors?: FieldErrors } = {},
  ) {
    authorize(request.user, "update", "meeting");
    const meeting = await loadMeeting(app.db, pathId(request.params));
    authorize(request.user, "update", "meeting", meetingSubject(meeting));
    const itemId = pathId(request.params, "itemId");
    const item = await app.db
      .selectFrom("agenda_item")
      .select("id")
      .where("id", "=", itemId)
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirst();
    if (!item) throw new NotFoundError();
    const label = await publicItemLabel(app.db, itemId);
    return renderPage(
      request,
      reply,
      (ctx) => (
        <WithdrawPage
          ctx={ctx}
          meeting={{ id: meeting.id, name: meetingName(meeting.body_name, meeting.starts_at) }}
          item={{ id: itemId, label }}
          values={state.values ?? {}}
          errors={state.errors ?? {}}
        />
      ),
      state.errors,
    );
  }

  app.get("/admin/moter/:id/saker/:itemId/trekk", { preHandler: requireUser }, (request, reply) =>
    showWithdrawPage(request, reply),
  );

  app.post(
    "/admin/moter/:id/saker/:itemId/trekk",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = pathId(request.params);
      const itemId = pathId(request.params, "itemId");
      const reason = (request.body as Record<string, unknown> | undefined)?.reason;
      const outcome = await commit(app, async (tx) => {
        authorize(request.user, "update", "meeting");
        const meeting = await lockMeeting(tx, meetingId);
        const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
        return withdrawAgendaItem({
          actor,
          meeting,
          itemId,
          reason: typeof reason === "string" ? reason : "",
          now: new Date(),
          tx,
        });
      });
      if (!outcome.ok)
        return showWithdrawPage(request, reply, {
          values: postedValues(request.body),
          errors: outcome.errors,
        });
      return redirectWithFlash(
        reply,
        `/admin/moter/${meetingId}/sakspapirer`,
        "agendaItemWithdrawn",
      );
    },
  );
}
