import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { pageContext } from "../../web/context.ts";
import { Layout } from "../../web/layout.tsx";
import { sendPage } from "../../web/render.tsx";

/** The secretariat's workspace needs a signed-in user; others are sent to the login page. */
export async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  if (!request.user)
    return reply.redirect(`/logg-inn?neste=${encodeURIComponent(request.url)}`, 303);
}

export async function registerAdminRoutes(app: FastifyInstance): Promise<void> {
  app.get("/admin", { preHandler: requireUser }, async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      h(Layout, {
        ctx,
        title: "Arbeidsflate",
        children: h("h1", { class: "ds-heading", "data-size": "lg" }, "Arbeidsflate"),
      }),
    );
  });
}
