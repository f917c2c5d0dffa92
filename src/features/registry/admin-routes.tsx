import type { FastifyInstance } from "fastify";

export async function registerRegistryAdminRoutes(_app: FastifyInstance): Promise<void> {}
