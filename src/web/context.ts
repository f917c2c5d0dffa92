import type { FastifyRequest } from "fastify";
import { flashMessage } from "./flash.ts";
import type { PageContext } from "./layout.tsx";

export async function pageContext(request: FastifyRequest): Promise<PageContext> {
  return {
    user: request.user,
    csrfToken: request.csrfToken,
    municipalityName: await request.server.municipalityName.get(),
    path: request.url.split("?")[0] ?? "/",
    flash: flashMessage(request),
  };
}
