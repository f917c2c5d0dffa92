import type { FastifyInstance } from "fastify";
import { NotFoundError } from "../../policies/policy.ts";
import { liveScript } from "../../web/assets.ts";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { pathId } from "../../web/route-helpers.ts";
import { loadTreatment } from "../console/treatment-queries.ts";
import { LivePage } from "./live-page.tsx";
import { findLiveAgenda, findLiveMeeting } from "./live-queries.ts";
import { presentLivePage } from "./presenters/live.ts";

/**
 * The live public view of a meeting (`/moter/:id/direkte`), served like every anonymous page:
 * from the page cache, which every public change of the meeting drops. Only a meeting whose
 * agenda is published has one; the treatment is read through the public views only.
 */
export async function registerLiveMeetingRoutes(app: FastifyInstance): Promise<void> {
  app.get(liveScript.path, (_request, reply) =>
    reply
      .type(liveScript.contentType)
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(liveScript.body),
  );

  app.get("/moter/:id/direkte", async (request, reply) => {
    const meeting = await findLiveMeeting(app.db, pathId(request.params));
    if (!meeting?.agenda_published) throw new NotFoundError();
    const agenda = await findLiveAgenda(app.db, meeting.id);
    const treatments = await loadTreatment(
      app.db,
      agenda.filter((row) => row.started_at !== null).map((row) => row.id),
      "public",
    );
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <LivePage ctx={ctx} model={presentLivePage({ meeting, agenda, treatments })} />,
    );
  });
}
