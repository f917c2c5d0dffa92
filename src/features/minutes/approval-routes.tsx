import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, renderPage } from "../../web/route-helpers.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { meetingSubject } from "../meetings/meeting-status.ts";
import { loadMeeting } from "../meetings/queries.ts";
import { ApprovalPage, SigningPage } from "./approval-pages.tsx";
import { loadMinutesApproval } from "./approval-queries.ts";
import { correctMinutes } from "./correct-minutes.ts";
import { requestMinutesVersion } from "./request-minutes-version.ts";
import { signMinutes } from "./sign-minutes.ts";
import { loadMinutesSigning } from "./signing-queries.ts";

const signSchema = z.object({
  versionId: z.coerce.number({ error: "Last siden på nytt og prøv igjen." }).int().positive(),
  confirm: z.literal("on", { error: "Kryss av for at du har lest protokollen og signerer den." }),
});

const correctionSchema = z.object({
  reason: z.string({ error: "Skriv hvorfor protokollen rettes." }),
});

/**
 * The member behind the login, chosen to sign this meeting's minutes. Anyone else, and a member
 * not chosen, gets 404: the page is theirs to sign, not a way to read the minutes.
 */
async function chosenSigner(request: FastifyRequest, meetingId: number) {
  const user = request.user;
  if (user?.role !== "member" || user.personId === null) throw new NotFoundError();
  const row = await request.server.db
    .selectFrom("minutes_signer as s")
    .innerJoin("meeting as m", "m.id", "s.meeting_id")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(["m.id", "m.starts_at", "b.name as body_name"])
    .where("s.meeting_id", "=", meetingId)
    .where("s.person_id", "=", user.personId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    user: { ...user, personId: user.personId },
    meeting: { id: row.id, bodyName: row.body_name, startsAt: row.starts_at },
  };
}

async function showSigningPage(
  request: FastifyRequest,
  reply: FastifyReply,
  errors: FieldErrors = {},
) {
  const { user, meeting } = await chosenSigner(request, pathId(request.params));
  const signing = await loadMinutesSigning(request.server.db, meeting.id);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <SigningPage
        ctx={ctx}
        meeting={meeting}
        signing={signing}
        personId={user.personId}
        errors={errors}
      />
    ),
    Object.keys(errors).length > 0 ? errors : undefined,
  );
}

async function showApprovalPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values?: Record<string, string>; errors?: FieldErrors } = {},
) {
  authorize(request.user, "update", "meeting");
  const meeting = await loadMeeting(request.server.db, pathId(request.params));
  authorize(request.user, "update", "meeting", meetingSubject(meeting));
  const view = await loadMinutesApproval(request.server.db, meeting);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <ApprovalPage ctx={ctx} view={view} values={state.values ?? {}} errors={state.errors ?? {}} />
    ),
    state.errors,
  );
}

/**
 * Approving the minutes: the chosen members sign in «Mine møter», the secretariat follows the
 * signatures and corrects approved minutes. Each new version is made by requestMinutesVersion.
 */
export async function registerMinutesApprovalRoutes(app: FastifyInstance): Promise<void> {
  app.get("/mine-moter/:id/protokoll/signering", { preHandler: requireUser }, (request, reply) =>
    showSigningPage(request, reply),
  );

  app.post(
    "/mine-moter/:id/protokoll/signering",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = pathId(request.params);
      const { user } = await chosenSigner(request, meetingId);
      const input = parseForm(signSchema, request.body ?? {});
      const outcome = await commit(app, async (tx) => {
        if (!input.ok) return input;
        return signMinutes({
          actor: { kind: "user", user },
          meeting: await lockMeeting(tx, meetingId),
          versionId: input.value.versionId,
          now: new Date(),
          tx,
          requestVersion: requestMinutesVersion,
        });
      });
      if (!outcome.ok) return showSigningPage(request, reply, outcome.errors);
      return redirectWithFlash(
        reply,
        `/mine-moter/${meetingId}/protokoll/signering`,
        outcome.value.approved ? "minutesApproved" : "minutesSigned",
      );
    },
  );

  app.get(
    "/mine-moter/:id/protokoll/signering/:versionId/protokoll.pdf",
    { preHandler: requireUser },
    async (request, reply) => {
      const { meeting } = await chosenSigner(request, pathId(request.params));
      const row = await app.db
        .selectFrom("minutes_version as v")
        .innerJoin("document as d", "d.id", "v.members_document_id")
        .select(["d.sha256"])
        .where("v.id", "=", pathId(request.params, "versionId"))
        .where("v.meeting_id", "=", meeting.id)
        .where("v.status", "=", "published")
        .executeTakeFirst();
      const bytes = row ? await app.blobs.get(row.sha256) : null;
      if (!bytes) throw new NotFoundError();
      return reply
        .type("application/pdf")
        .header("cache-control", "private, no-store")
        .header("content-disposition", 'inline; filename="protokoll.pdf"')
        .send(bytes);
    },
  );

  app.get("/admin/moter/:id/godkjenning", { preHandler: requireUser }, (request, reply) =>
    showApprovalPage(request, reply),
  );

  app.post(
    "/admin/moter/:id/godkjenning/retting",
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = pathId(request.params);
      const input = parseForm(correctionSchema, request.body ?? {});
      const outcome = await commit(app, async (tx) => {
        authorize(request.user, "update", "meeting");
        const meeting = await lockMeeting(tx, meetingId);
        const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
        if (!input.ok) return input;
        return correctMinutes({
          actor,
          meeting,
          reason: input.value.reason,
          now: new Date(),
          tx,
          requestVersion: requestMinutesVersion,
        });
      });
      if (!outcome.ok)
        return showApprovalPage(request, reply, {
          values: postedValues(request.body),
          errors: outcome.errors,
        });
      return redirectWithFlash(reply, `/admin/moter/${meetingId}/godkjenning`, "minutesCorrected");
    },
  );
}
