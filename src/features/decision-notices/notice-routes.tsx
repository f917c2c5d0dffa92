import { create as contentDisposition } from "content-disposition";
import type { FastifyInstance } from "fastify";
import { commit } from "../../commit/commit.ts";
import { authorize, can, NotFoundError } from "../../policies/policy.ts";
import { STAFF } from "../../policies/rules.ts";
import { requireUser } from "../../web/require-user.ts";
import { pathId, renderPage } from "../../web/route-helpers.ts";
import { markDecisionNoticeRead } from "./mark-decision-notice-read.ts";
import { RECEIVED_DECISIONS_PATH } from "./notice-paths.ts";
import { presentNotice } from "./notice-presenter.ts";
import { findDecisionNotice, listReceivedDecisions } from "./notice-queries.ts";
import { ReceivedDecisionPage, ReceivedDecisionsPage } from "./received-decisions-pages.tsx";

export async function registerDecisionNoticeRoutes(app: FastifyInstance): Promise<void> {
  /** The notice, when the user may read it; 404 otherwise, as for one that does not exist. */
  async function visibleNotice(user: Parameters<typeof authorize>[0], id: number) {
    authorize(user, "view", "decision_notice");
    const row = await findDecisionNotice(app.db, id);
    if (!row) throw new NotFoundError();
    authorize(user, "view", "decision_notice", { caseOwnerId: row.owner_user_id });
    return row;
  }

  app.get(RECEIVED_DECISIONS_PATH, { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    authorize(user, "view", "decision_notice");
    if (!user) throw new NotFoundError();
    const rows = await listReceivedDecisions(app.db, user);
    return renderPage(request, reply, (ctx) => (
      <ReceivedDecisionsPage
        ctx={ctx}
        notices={rows.map(presentNotice)}
        showRecipient={STAFF.includes(user.role)}
      />
    ));
  });

  app.get(`${RECEIVED_DECISIONS_PATH}/:id`, { preHandler: requireUser }, async (request, reply) => {
    const id = pathId(request.params);
    const user = request.user;
    let row = await visibleNotice(user, id);
    // Opening it is reading it, for the case officer it was sent to; the secretariat's look
    // leaves it unread.
    if (user && can(user, "update", "decision_notice", { caseOwnerId: row.owner_user_id })) {
      await commit(app, (tx) =>
        markDecisionNoticeRead({
          actor: { kind: "user", user },
          noticeId: id,
          now: new Date(),
          tx,
        }),
      );
      row = (await findDecisionNotice(app.db, id)) ?? row;
    }
    const notice = presentNotice(row);
    return renderPage(request, reply, (ctx) => <ReceivedDecisionPage ctx={ctx} notice={notice} />);
  });

  app.get(
    `${RECEIVED_DECISIONS_PATH}/:id/saksprotokoll`,
    { preHandler: requireUser },
    async (request, reply) => {
      const row = await visibleNotice(request.user, pathId(request.params));
      const document = await app.db
        .selectFrom("document")
        .select(["sha256", "file_name"])
        .where("id", "=", row.document_id ?? 0)
        .executeTakeFirst();
      if (!document) throw new NotFoundError();
      const bytes = await app.blobs.get(document.sha256);
      if (!bytes) throw new NotFoundError();
      return reply
        .type("application/pdf")
        .header("cache-control", "private, no-store")
        .header(
          "content-disposition",
          contentDisposition(document.file_name, { type: "attachment" }),
        )
        .send(bytes);
    },
  );
}
