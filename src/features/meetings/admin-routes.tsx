import type { FastifyInstance } from "fastify";
import { registerAgendaRoutes } from "./agenda-routes.tsx";
import { registerMeetingRoutes } from "./meeting-routes.tsx";
import { registerMinutesRoutes } from "./minutes-routes.tsx";

/** The secretariat's meetings and their agendas. */
export async function registerMeetingAdminRoutes(app: FastifyInstance): Promise<void> {
  await registerMeetingRoutes(app);
  await registerAgendaRoutes(app);
  await registerMinutesRoutes(app);
}
