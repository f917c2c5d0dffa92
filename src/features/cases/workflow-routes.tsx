import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Actor } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import type { FieldErrors, Outcome } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { CaseStep } from "../../domain/case-status.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { mayApproveCases } from "../../policies/case-policy.ts";
import { type Action, authorize, NotFoundError } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { approveCase } from "./approve-case.ts";
import { authorizeCaseAction, authorizeOnCase } from "./case-authorization.ts";
import { CaseHistoryPage } from "./case-history-page.tsx";
import { ApprovalListPage, OwnCasesPage } from "./case-lists-pages.tsx";
import {
  APPROVAL_PATH,
  OWN_CASES_PATH,
  presentApprovalList,
  presentCaseHistory,
  presentOwnCases,
} from "./case-workflow-presenter.ts";
import { markCaseReady } from "./mark-case-ready.ts";
import { isPreview } from "./presentation-editor.tsx";
import { findCase, type LockedCase, lockCase } from "./queries.ts";
import { returnCase } from "./return-case.ts";
import { reviseCase } from "./revise-case.ts";
import { shareCase } from "./share-case.ts";
import { submitCase } from "./submit-case.ts";
import { unshareCase } from "./unshare-case.ts";
import { caseHistory, listCasesForApproval, listOwnCases } from "./workflow-queries.ts";

type ShowCasePage = (
  request: FastifyRequest,
  reply: FastifyReply,
  caseId: number,
  state: { values?: Record<string, string>; errors?: FieldErrors; preview?: boolean },
) => Promise<FastifyReply>;

type CaseChange = (options: {
  actor: Actor;
  current: LockedCase;
  body: unknown;
  tx: Database;
}) => Promise<Outcome<unknown>>;

const text = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : ""),
    z.string().max(max, `Teksten kan ha høyst ${formatNumber(max)} tegn.`),
  );

const revisionSchema = z.object({
  title: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.string().min(1, "Skriv tittelen på saken.").max(500, "Teksten kan ha høyst 500 tegn."),
  ),
  summary: text(20_000).transform((value) => value.trim()),
  facts: text(50_000).transform((value) => value.trim()),
  assessment: text(50_000).transform((value) => value.trim()),
  recommendation: text(20_000).transform((value) => value.trim()),
  reason: text(1000),
});

const shareSchema = z.object({
  shareWith: z.preprocess(
    (value) => (typeof value === "string" ? value : ""),
    z
      .string()
      .regex(/^[1-9]\d{0,8}$/, "Velg en saksbehandler fra listen.")
      .transform(Number),
  ),
});

/**
 * The case officer's and the approver's steps on a case, its sharing and its history, and the
 * two lists they start from: «Mine saker» and «Til godkjenning».
 */
export async function registerCaseWorkflowRoutes(
  app: FastifyInstance,
  showCasePage: ShowCasePage,
): Promise<void> {
  /** A form on the case page that changes the case; a refusal shows the page with its messages. */
  function postCaseChange(segment: string, action: Action, change: CaseChange): void {
    app.post(`/admin/saker/:id/${segment}`, { preHandler: requireUser }, async (request, reply) => {
      const caseId = pathId(request.params);
      const outcome = await commit(app, async (tx) => {
        authorize(request.user, action, "case");
        const current = await lockCase(tx, caseId);
        const actor = authorizeCaseAction(request.user, action, current);
        return change({ actor, current, body: request.body, tx });
      });
      if (!outcome.ok)
        return showCasePage(request, reply, caseId, {
          values: postedValues(request.body),
          errors: outcome.errors,
        });
      return redirectSaved(reply, `/admin/saker/${caseId}`, "caseSaved");
    });
  }

  const steps: Array<[string, CaseStep, CaseChange]> = [
    ["send", "submit", (options) => submitCase(options)],
    ["godkjenn", "approve", (options) => approveCase(options)],
    ["klar", "markReady", (options) => markCaseReady(options)],
    [
      "send-tilbake",
      "return",
      ({ body, ...options }) => {
        const comment = (body as Record<string, unknown> | undefined)?.comment;
        return returnCase({ ...options, comment: typeof comment === "string" ? comment : "" });
      },
    ],
  ];
  for (const [segment, step, change] of steps) postCaseChange(segment, step, change);

  postCaseChange("deling", "share", ({ body, ...options }) => {
    const input = parseForm(shareSchema, body);
    if (!input.ok) return Promise.resolve(input);
    return shareCase({ ...options, userId: input.value.shareWith });
  });

  app.post(
    "/admin/saker/:id/deling/:userId/fjern",
    { preHandler: requireUser },
    async (request, reply) => {
      const caseId = pathId(request.params);
      const userId = pathId(request.params, "userId");
      const outcome = await commit(app, async (tx) => {
        authorize(request.user, "share", "case");
        const current = await lockCase(tx, caseId);
        const actor = authorizeCaseAction(request.user, "share", current);
        return unshareCase({ actor, current, userId, tx });
      });
      if (!outcome.ok) return showCasePage(request, reply, caseId, { errors: outcome.errors });
      return redirectSaved(reply, `/admin/saker/${caseId}`, "caseSaved");
    },
  );

  app.post("/admin/saker/:id/ny-versjon", { preHandler: requireUser }, async (request, reply) => {
    const caseId = pathId(request.params);
    if (isPreview(request.body)) {
      await authorizeOnCase(app, request.user, caseId, "revise");
      return showCasePage(request, reply, caseId, {
        values: postedValues(request.body),
        preview: true,
      });
    }
    const input = parseForm(revisionSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "revise", "case");
      const current = await lockCase(tx, caseId);
      const actor = authorizeCaseAction(request.user, "revise", current);
      if (!input.ok) return input;
      const { reason, ...texts } = input.value;
      return reviseCase({ actor, current, texts, reason, tx });
    });
    if (!outcome.ok)
      return showCasePage(request, reply, caseId, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, `/admin/saker/${caseId}`, "caseSaved");
  });

  app.get("/admin/saker/:id/historikk", { preHandler: requireUser }, async (request, reply) => {
    const caseId = pathId(request.params);
    authorize(request.user, "view", "case");
    const row = await findCase(app.db, caseId);
    if (!row) throw new NotFoundError();
    authorizeCaseAction(request.user, "view", row);
    const history = presentCaseHistory(await caseHistory(app.db, caseId));
    return renderPage(request, reply, (ctx) => (
      <CaseHistoryPage
        ctx={ctx}
        caseId={caseId}
        archiveCaseNumber={row.archive_case_number}
        title={row.title}
        history={history}
      />
    ));
  });

  app.get(OWN_CASES_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "submit", "case");
    if (!request.user) throw new NotFoundError();
    const groups = presentOwnCases(await listOwnCases(app.db, request.user));
    return renderPage(request, reply, (ctx) => <OwnCasesPage ctx={ctx} groups={groups} />);
  });

  app.get(APPROVAL_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "approve", "case");
    if (!request.user || !mayApproveCases(request.user)) throw new NotFoundError();
    const cases = presentApprovalList(await listCasesForApproval(app.db, request.user));
    return renderPage(request, reply, (ctx) => <ApprovalListPage ctx={ctx} cases={cases} />);
  });
}
