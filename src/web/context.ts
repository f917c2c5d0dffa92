import type { FastifyRequest } from "fastify";
import type { PageContext } from "./layout.tsx";

export async function pageContext(request: FastifyRequest): Promise<PageContext> {
  const municipality = await request.server.db
    .selectFrom("municipality")
    .select("name")
    .orderBy("id")
    .executeTakeFirst();
  return {
    user: request.user,
    csrfToken: request.csrfToken,
    municipalityName: municipality?.name ?? "Folkestyre",
    path: request.url.split("?")[0] ?? "/",
  };
}
