import { create as contentDisposition } from "content-disposition";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { NotFoundError } from "../../policies/policy.ts";
import { requireUser } from "../../web/require-user.ts";
import { pathId, renderPage } from "../../web/route-helpers.ts";
import { meetingName } from "../meetings/meeting-labels.ts";
import { MembersMinutesPage } from "../minutes/minutes-pages.tsx";
import { loadMembersMinutes } from "../minutes/minutes-version-queries.ts";
import { MyMeetingPage, MyMeetingsPage, paperUrl } from "./my-meetings-pages.tsx";
import { findMyPaper, listMyMeetings, loadMyMeeting } from "./my-meetings-queries.ts";

/**
 * «Mine møter» is an elected member's own: the person behind the login decides what is there,
 * so anyone else (staff, a case officer, a member without a person) gets 404.
 */
function memberPersonId(request: FastifyRequest): number {
  const user = request.user;
  if (user?.role !== "member" || user.personId === null) throw new NotFoundError();
  return user.personId;
}

export async function registerMyMeetingsRoutes(app: FastifyInstance): Promise<void> {
  app.get("/mine-moter", { preHandler: requireUser }, async (request, reply) => {
    const personId = memberPersonId(request);
    const meetings = await listMyMeetings(app.db, { personId, now: new Date() });
    return renderPage(request, reply, (ctx) => <MyMeetingsPage ctx={ctx} meetings={meetings} />);
  });

  app.get("/mine-moter/:id", { preHandler: requireUser }, async (request, reply) => {
    const personId = memberPersonId(request);
    const meeting = await loadMyMeeting(app.db, { personId, meetingId: pathId(request.params) });
    return renderPage(request, reply, (ctx) => <MyMeetingPage ctx={ctx} meeting={meeting} />);
  });

  app.get("/mine-moter/:id/protokoll", { preHandler: requireUser }, async (request, reply) => {
    const personId = memberPersonId(request);
    const meeting = await loadMyMeeting(app.db, { personId, meetingId: pathId(request.params) });
    const version = await loadMembersMinutes(app.db, meeting.id);
    if (!version || !meeting.minutes) throw new NotFoundError();
    const minutesPaper = meeting.minutes;
    return renderPage(request, reply, (ctx) => (
      <MembersMinutesPage
        ctx={ctx}
        meeting={{ id: meeting.id, name: meetingName(meeting.bodyName, meeting.startsAt) }}
        version={version}
        pdfHref={paperUrl(meeting.id, minutesPaper)}
      />
    ));
  });

  app.get(
    "/mine-moter/:id/dokumenter/:documentId/:fileName",
    { preHandler: requireUser },
    async (request, reply) => {
      const personId = memberPersonId(request);
      const paper = await findMyPaper(app.db, {
        personId,
        meetingId: pathId(request.params),
        documentId: pathId(request.params, "documentId"),
      });
      if (!paper) throw new NotFoundError();
      // Read in the browser (PC and tablet) as PDF; a file never converted is offered as it is.
      const sha256 = paper.pdf_sha256 ?? paper.sha256;
      const bytes = await app.blobs.get(sha256);
      if (!bytes) throw new NotFoundError();
      const isPdf = paper.pdf_sha256 !== null;
      return reply
        .type(isPdf ? "application/pdf" : "application/octet-stream")
        .header("cache-control", "private, no-store")
        .header(
          "content-disposition",
          contentDisposition(
            isPdf ? paper.file_name.replace(/\.[^.]+$/, ".pdf") : paper.file_name,
            { type: isPdf ? "inline" : "attachment" },
          ),
        )
        .send(bytes);
    },
  );
}
