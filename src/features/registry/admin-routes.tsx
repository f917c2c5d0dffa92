import type { FastifyInstance } from "fastify";
import { registerBodyRoutes } from "./body-routes.tsx";
import { registerMembershipRoutes } from "./membership-routes.tsx";
import { registerPartyRoutes } from "./party-routes.tsx";
import { registerPersonRoutes } from "./person-routes.tsx";
import { registerTermRoutes } from "./term-routes.tsx";

/** The registry of the secretariat's workspace: terms, parties, persons, bodies and seats. */
export async function registerRegistryAdminRoutes(app: FastifyInstance): Promise<void> {
  await registerTermRoutes(app);
  await registerPartyRoutes(app);
  await registerPersonRoutes(app);
  await registerBodyRoutes(app);
  await registerMembershipRoutes(app);
}
