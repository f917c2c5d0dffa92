import type { FastifyInstance } from "fastify";
import { outboxDir } from "../../mail/mailer.ts";
import { listOutbox, readOutboxMail } from "../../mail/outbox.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { requireUser } from "../../web/require-user.ts";
import { renderPage } from "../../web/route-helpers.ts";
import { OUTBOX_PATH } from "./job-paths.ts";
import { OutboxMailPage, OutboxPage } from "./outbox-views.tsx";

const fileName = (params: unknown): string => {
  const name = (params as Record<string, unknown> | undefined)?.name;
  return typeof name === "string" ? name : "";
};

export async function registerOutboxRoutes(app: FastifyInstance): Promise<void> {
  const dir = outboxDir(app.config);

  app.get(OUTBOX_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "outbox");
    const { entries, total } = await listOutbox(dir);
    const sendsBySmtp = Boolean(app.config.smtpUrl && app.config.mailFrom);
    return renderPage(request, reply, (ctx) => (
      <OutboxPage ctx={ctx} entries={entries} total={total} sendsBySmtp={sendsBySmtp} />
    ));
  });

  app.get(`${OUTBOX_PATH}/:name`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "outbox");
    const mail = await readOutboxMail(dir, fileName(request.params));
    if (!mail) throw new NotFoundError();
    return renderPage(request, reply, (ctx) => <OutboxMailPage ctx={ctx} mail={mail} />);
  });

  app.get(`${OUTBOX_PATH}/:name/fil`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "outbox");
    const mail = await readOutboxMail(dir, fileName(request.params));
    if (!mail) throw new NotFoundError();
    // The name is one of ours (job-<id>-<time>.eml), plain ASCII, so it needs no encoding.
    return reply
      .type("message/rfc822")
      .header("content-disposition", `attachment; filename="${mail.name}"`)
      .header("cache-control", "private, no-store")
      .send(mail.raw);
  });
}
