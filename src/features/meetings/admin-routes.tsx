import type { FastifyInstance } from "fastify";
import { registerConsoleRoutes } from "../console/console-routes.tsx";
import { registerTreatmentRoutes } from "../console/treatment-routes.tsx";
import { registerMinutesEditorRoutes } from "../minutes/minutes-editor-routes.tsx";
import { registerMyMeetingsRoutes } from "../my-meetings/my-meetings-routes.tsx";
import { registerPublicationRoutes } from "../publishing/publication-routes.tsx";
import { registerAgendaEntryRoutes } from "./agenda-entry-routes.tsx";
import { registerAgendaRoutes } from "./agenda-routes.tsx";
import { registerMeetingRoutes } from "./meeting-routes.tsx";
import { registerMinutesRoutes } from "./minutes-routes.tsx";
import { registerSeriesStartRoutes } from "./series-start-routes.tsx";

/** The secretariat's meetings and their agendas. */
export async function registerMeetingAdminRoutes(app: FastifyInstance): Promise<void> {
  await registerMeetingRoutes(app);
  await registerAgendaRoutes(app);
  await registerAgendaEntryRoutes(app);
  await registerSeriesStartRoutes(app);
  await registerMinutesRoutes(app);
  await registerMinutesEditorRoutes(app);
  await registerConsoleRoutes(app);
  await registerTreatmentRoutes(app);
  await registerPublicationRoutes(app);
  await registerMyMeetingsRoutes(app);
}
