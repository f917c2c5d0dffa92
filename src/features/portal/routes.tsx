import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { pageContext } from "../../web/context.ts";
import { Layout } from "../../web/layout.tsx";
import { sendPage } from "../../web/render.tsx";

export async function registerPortalRoutes(app: FastifyInstance): Promise<void> {
  app.get("/", async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      h(Layout, {
        ctx,
        title: "Forside",
        children: h("h1", { class: "ds-heading", "data-size": "xl" }, "Politiske møter og saker"),
      }),
    );
  });
}
