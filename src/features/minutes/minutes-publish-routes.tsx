import { create as contentDisposition } from "content-disposition";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fresh from "fresh";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { pageContext } from "../../web/context.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, renderPage } from "../../web/route-helpers.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { meetingName } from "../meetings/meeting-labels.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { loadMeeting } from "../meetings/queries.ts";
import {
  answerMinutesItemAccess,
  type MinutesAccessAnswer,
  minutesAccessQuestions,
} from "./minutes-item-access.ts";
import { PublicMinutesPage } from "./minutes-pages.tsx";
import { type AccessValues, accessValuesOf, MinutesPublishPage } from "./minutes-publish-page.tsx";
import {
  listMinutesVersions,
  loadPublicMinutes,
  nextMinutesKind,
} from "./minutes-version-queries.ts";
import { minutesMayBePublished, requestMinutesVersion } from "./request-minutes-version.ts";

const ACCESS_FIELD = /^access-([1-9]\d{0,8})$/;

/** The posted answers: "ja" public, "nei" withheld on the basis in basis-<id>; else unanswered. */
function parseAccess(body: Record<string, unknown>): Map<number, MinutesAccessAnswer> {
  const answers = new Map<number, MinutesAccessAnswer>();
  for (const [field, value] of Object.entries(body)) {
    const match = ACCESS_FIELD.exec(field);
    if (!match) continue;
    const id = Number(match[1]);
    const basis = body[`basis-${id}`];
    if (value === "ja") answers.set(id, { decisionPublic: true });
    else if (value === "nei")
      answers.set(id, {
        decisionPublic: false,
        basis: typeof basis === "string" ? basis.slice(0, 500) : "",
      });
  }
  return answers;
}

const postedStrings = (body: Record<string, unknown>): AccessValues =>
  Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );

const versionParams = z.object({
  id: z.string().regex(/^[1-9]\d{0,8}$/),
  version: z.string().regex(/^[1-9]\d{0,5}$/),
  fileName: z.string().min(1).max(500),
});

/**
 * Publishing the minutes (the secretariat's page) and reading them on the portal: the latest
 * public version as a page, and every public version's PDF at its own address.
 */
export async function registerMinutesPublishRoutes(app: FastifyInstance): Promise<void> {
  async function showPublishPage(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { values?: AccessValues; errors?: FieldErrors } = {},
  ) {
    authorize(request.user, "update", "meeting");
    const meeting = await loadMeeting(app.db, pathId(request.params));
    authorize(request.user, "update", "meeting", meetingSubject(meeting));
    const [questions, versions, nextKind] = await Promise.all([
      minutesAccessQuestions(app.db, meeting.id),
      listMinutesVersions(app.db, meeting.id),
      nextMinutesKind(app.db, meeting.id),
    ]);
    return renderPage(
      request,
      reply,
      (ctx) => (
        <MinutesPublishPage
          ctx={ctx}
          view={{
            meeting: {
              id: meeting.id,
              name: meetingName(meeting.body_name, meeting.starts_at),
              held: minutesMayBePublished(meeting),
            },
            nextKind,
            questions,
            versions,
          }}
          values={state.values ?? accessValuesOf(questions)}
          errors={state.errors ?? {}}
        />
      ),
      state.errors,
    );
  }

  app.get("/admin/moter/:id/protokoll/publiser", { preHandler: requireUser }, (request, reply) =>
    showPublishPage(request, reply),
  );

  app.post(
    "/admin/moter/:id/protokoll/publiser",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = pathId(request.params);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const reason = typeof body.reason === "string" ? body.reason : null;
      const outcome = await commit(app, async (tx) => {
        authorize(request.user, "update", "meeting");
        const meeting = await lockMeeting(tx, meetingId);
        const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
        const now = new Date();
        const answered = await answerMinutesItemAccess({
          actor,
          meeting,
          answers: parseAccess(body),
          now,
          tx,
        });
        if (!answered.ok) return answered;
        return requestMinutesVersion({
          actor,
          meeting,
          kind: await nextMinutesKind(tx, meeting.id),
          reason,
          now,
          tx,
          baseUrl: app.config.baseUrl,
        });
      });
      if (!outcome.ok)
        return showPublishPage(request, reply, {
          values: postedStrings(body),
          errors: outcome.errors,
        });
      return redirectWithFlash(
        reply,
        `/admin/moter/${meetingId}/protokoll/publiser`,
        "minutesVersionRequested",
      );
    },
  );

  app.get("/moter/:id/protokoll", async (request, reply) => {
    const meetingId = pathId(request.params);
    const [meeting, versions] = await Promise.all([
      app.db
        .selectFrom("meeting as m")
        .innerJoin("body as b", "b.id", "m.body_id")
        .select(["m.id", "m.starts_at", "b.name as body_name"])
        .where("m.id", "=", meetingId)
        .executeTakeFirst(),
      loadPublicMinutes(app.db, meetingId),
    ]);
    const [latest, ...earlier] = versions;
    if (!meeting || !latest) throw new NotFoundError();
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <PublicMinutesPage
        ctx={ctx}
        meeting={{ id: meeting.id, name: meetingName(meeting.body_name, meeting.starts_at) }}
        versions={[latest, ...earlier]}
      />,
    );
  });

  app.get("/moter/:id/protokoll/versjon/:version/:fileName", async (request, reply) => {
    const parsed = versionParams.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError();
    // Only the public PDF of a published version: the view holds nothing of the members'.
    const document = await app.db
      .selectFrom("public_minutes_version as v")
      .innerJoin("document as d", "d.id", "v.public_document_id")
      .select(["d.sha256", "d.file_name"])
      .where("v.meeting_id", "=", Number(parsed.data.id))
      .where("v.version", "=", Number(parsed.data.version))
      .where("d.access", "=", "public")
      .executeTakeFirst();
    if (!document || document.file_name !== parsed.data.fileName) throw new NotFoundError();
    const etag = `"${document.sha256}"`;
    reply
      .header("etag", etag)
      .header("cache-control", "public, max-age=60")
      .header("content-disposition", contentDisposition(document.file_name, { type: "inline" }));
    if (fresh(request.headers, { etag })) return reply.code(304).send();
    const bytes = await app.blobs.get(document.sha256);
    if (!bytes) throw new NotFoundError();
    return reply.type("application/pdf").send(bytes);
  });
}
