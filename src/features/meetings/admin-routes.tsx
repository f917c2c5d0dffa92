import type { FastifyInstance } from "fastify";

export async function registerMeetingAdminRoutes(_app: FastifyInstance): Promise<void> {}
