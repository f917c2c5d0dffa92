import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { SignedInUser } from "../../auth/session.ts";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { estimatePages } from "../../domain/page-estimate.ts";
import { authorize, can, NotFoundError } from "../../policies/policy.ts";
import { optionalId, parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { searchText } from "../../web/search.ts";
import { presentationPageLimit } from "../municipality/municipality-queries.ts";
import { workspaceRoute } from "../route/route-queries.ts";
import { authorizeCaseAction, authorizeOnCase } from "./case-authorization.ts";
import { CaseFormPage, ROUTE_STEPS } from "./case-form-page.tsx";
import { CASE_TYPES } from "./case-labels.ts";
import { CaseListPage } from "./case-list-page.tsx";
import { type CaseInput, type PresentationTexts, ROUTE_REPEATED_MESSAGE } from "./case-record.ts";
import { presentCaseWorkflow } from "./case-workflow-presenter.ts";
import { createCase } from "./create-case.ts";
import { isPreview } from "./presentation-editor.tsx";
import {
  bodyOptions,
  caseSubject,
  findCase,
  listCases,
  lockCase,
  ownerOptions,
} from "./queries.ts";
import { updateCase } from "./update-case.ts";
import { shareState } from "./workflow-queries.ts";
import { registerCaseWorkflowRoutes } from "./workflow-routes.tsx";

const requiredText = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Teksten kan ha høyst ${formatNumber(max)} tegn.`);
// Browsers send a textarea's line breaks as CRLF; stored text has LF, so unchanged text compares equal.
const optionalText = (max: number) =>
  z
    .string({ error: "Ugyldig verdi." })
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .trim()
        .max(max, `Teksten kan ha høyst ${formatNumber(max)} tegn.`),
    )
    .default("");
const bodyChoice = z
  .string({ error: "Velg et utvalg fra listen." })
  .regex(/^\d{0,9}$/, "Velg et utvalg fra listen.")
  .default("");

const ARCHIVE_NUMBER_MESSAGE =
  "Skriv arkivsaksnummeret på formen ÅÅÅÅ/NNNN, for eksempel 2026/1234.";

const caseSchema = z.object({
  archiveCaseNumber: z
    .string({ error: ARCHIVE_NUMBER_MESSAGE })
    .trim()
    .regex(/^\d{4}\/\d{1,6}$/, ARCHIVE_NUMBER_MESSAGE),
  title: requiredText("Skriv tittelen på saken.", 500),
  caseType: z.enum(CASE_TYPES, { error: "Velg sakstype." }),
  caseOfficer: optionalText(200),
  responsibleUnit: optionalText(200),
  summary: optionalText(20_000),
  facts: optionalText(50_000),
  assessment: optionalText(50_000),
  recommendation: optionalText(20_000),
  access: z.enum(["public", "exempt"], { error: "Velg om saken er offentlig." }),
  publicTitle: optionalText(500),
  exemptionBasis: optionalText(200),
  owner: optionalId("Velg en saksbehandler fra listen."),
  ...Object.fromEntries(
    Array.from({ length: ROUTE_STEPS }, (_, index) => [`route${index + 1}`, bodyChoice]),
  ),
});

/** The form's fields, then the rules that tie fields together. */
function parseCaseForm(body: unknown): Outcome<CaseInput> {
  const parsed = parseForm(caseSchema, body ?? {});
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const errors: FieldErrors = {};
  if (data.access === "exempt") {
    if (!data.publicTitle)
      errors.publicTitle = "Skriv en offentlig tittel når saken er unntatt offentlighet.";
    if (!data.exemptionBasis)
      errors.exemptionBasis = "Oppgi hjemmelen når saken er unntatt offentlighet.";
  }
  const route: number[] = [];
  for (let step = 1; step <= ROUTE_STEPS; step++) {
    const choice = (data as Record<string, unknown>)[`route${step}`];
    if (typeof choice !== "string" || choice === "") continue;
    if (route.at(-1) === Number(choice)) errors[`route${step}`] = ROUTE_REPEATED_MESSAGE;
    else route.push(Number(choice));
  }
  if (route.length === 0) errors.route1 = "Velg minst ett utvalg i saksgangen.";
  if (Object.keys(errors).length > 0) return refused(errors);
  return succeeded({
    archiveCaseNumber: data.archiveCaseNumber,
    title: data.title,
    caseType: data.caseType,
    caseOfficer: data.caseOfficer,
    responsibleUnit: data.responsibleUnit,
    summary: data.summary,
    facts: data.facts,
    assessment: data.assessment,
    recommendation: data.recommendation,
    access: data.access,
    publicTitle: data.access === "exempt" ? data.publicTitle : null,
    exemptionBasis: data.access === "exempt" ? data.exemptionBasis : null,
    route,
    ownerId: data.owner,
  });
}

/**
 * Who owns the case after the form: the secretariat chooses; a case officer cannot give a case
 * away, so a new case is theirs and a changed one keeps its owner.
 */
function ownerAfter(
  user: SignedInUser,
  input: CaseInput,
  currentOwnerId?: number | null,
): CaseInput {
  if (can(user, "assign", "case")) return input;
  return { ...input, ownerId: currentOwnerId === undefined ? user.id : currentOwnerId };
}

type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

function caseValues(row: CaseRow): Record<string, string> {
  return {
    archiveCaseNumber: row.archive_case_number,
    title: row.title,
    caseType: row.case_type,
    caseOfficer: row.case_officer,
    responsibleUnit: row.responsible_unit,
    summary: row.summary,
    facts: row.facts,
    assessment: row.assessment,
    recommendation: row.recommendation,
    access: row.access,
    publicTitle: row.public_title ?? "",
    exemptionBasis: row.exemption_basis ?? "",
    owner: row.owner_user_id === null ? "" : String(row.owner_user_id),
    ...Object.fromEntries(row.route.map((bodyId, index) => [`route${index + 1}`, String(bodyId)])),
  };
}

/** The texts in the form (saved or posted), for the preview and the length estimate. */
const presentationTexts = (values: Record<string, string>): PresentationTexts => ({
  title: values.title ?? "",
  summary: (values.summary ?? "").replace(/\r\n?/g, "\n"),
  facts: (values.facts ?? "").replace(/\r\n?/g, "\n"),
  assessment: (values.assessment ?? "").replace(/\r\n?/g, "\n"),
  recommendation: (values.recommendation ?? "").replace(/\r\n?/g, "\n"),
});

/** Whole A4 pages of the printed presentation; the template's header counts in the estimate. */
const presentationPages = (texts: PresentationTexts): number =>
  estimatePages([texts.summary, texts.facts, texts.assessment, texts.recommendation]).pages;

interface CasePageState {
  /** What the forms show over the saved case: the posted values after a refusal or a preview. */
  values?: Record<string, string>;
  errors?: FieldErrors;
  preview?: boolean;
}

/** The form for a new case. */
async function showNewCaseForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: CasePageState & { values: Record<string, string> },
) {
  const db = request.server.db;
  const [bodies, owners, limit] = await Promise.all([
    bodyOptions(db),
    can(request.user, "assign", "case") ? ownerOptions(db, null) : Promise.resolve(null),
    presentationPageLimit(db),
  ]);
  const texts = presentationTexts(state.values);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <CaseFormPage
        ctx={ctx}
        values={state.values}
        errors={state.errors ?? {}}
        bodies={bodies}
        owners={owners}
        mode="edit"
        recommendationLocked={false}
        preview={state.preview ? texts : null}
        length={{ pages: presentationPages(texts), limit }}
      />
    ),
    state.errors,
  );
}

/**
 * The case: its header and status, the steps the user may take, and the draft's form, the form
 * for a new version, or the case to read, as the policy and the status allow.
 */
async function showCasePage(
  request: FastifyRequest,
  reply: FastifyReply,
  caseId: number,
  state: CasePageState,
) {
  const db = request.server.db;
  const user = request.user;
  authorize(user, "view", "case");
  const row = await findCase(db, caseId);
  if (!row) throw new NotFoundError();
  const subject = caseSubject(row);
  authorize(user, "view", "case", subject);
  const mode = can(user, "update", "case", subject)
    ? "edit"
    : can(user, "revise", "case", subject)
      ? "revise"
      : "read";
  const [bodies, owners, limit, sharing, route] = await Promise.all([
    bodyOptions(db),
    can(user, "assign", "case") ? ownerOptions(db, row.owner_user_id) : Promise.resolve(null),
    presentationPageLimit(db),
    shareState(db, caseId, row.owner_user_id),
    workspaceRoute(db, caseId),
  ]);
  // A refused step posts only its own fields (a comment); the case's own fields stay as saved.
  const values = { ...caseValues(row), ...state.values };
  const texts = presentationTexts(values);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <CaseFormPage
        ctx={ctx}
        caseId={caseId}
        values={values}
        errors={state.errors ?? {}}
        bodies={bodies}
        owners={owners}
        mode={mode}
        workflow={presentCaseWorkflow(row, subject, user, sharing)}
        recommendationLocked={!can(user, "recommend", "case", subject)}
        preview={state.preview ? texts : null}
        length={{ pages: presentationPages(texts), limit }}
        route={route}
      />
    ),
    state.errors,
  );
}

export async function registerCaseAdminRoutes(app: FastifyInstance): Promise<void> {
  app.get("/admin/saker", { preHandler: requireUser }, async (request, reply) => {
    const search = searchText(request.query, "sok", 200);
    authorize(request.user, "view", "case");
    if (!request.user) throw new NotFoundError();
    const cases = await listCases(app.db, { search, user: request.user });
    return renderPage(request, reply, (ctx) => (
      <CaseListPage
        ctx={ctx}
        cases={cases}
        search={search}
        canCreate={can(request.user, "create", "case")}
      />
    ));
  });

  app.get("/admin/saker/ny", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "case");
    const caseOfficer = request.user?.role === "case_officer" ? request.user.displayName : "";
    return showNewCaseForm(request, reply, { values: { caseOfficer } });
  });

  app.post("/admin/saker", { preHandler: requireUser }, async (request, reply) => {
    if (isPreview(request.body)) {
      authorize(request.user, "create", "case");
      return showNewCaseForm(request, reply, { values: postedValues(request.body), preview: true });
    }
    const input = parseCaseForm(request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "case");
      if (!input.ok) return input;
      return createCase({ actor, input: ownerAfter(actor.user, input.value), tx });
    });
    if (!outcome.ok)
      return showNewCaseForm(request, reply, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, `/admin/saker/${outcome.value.caseId}`, "caseSaved");
  });

  app.get("/admin/saker/:id", { preHandler: requireUser }, async (request, reply) =>
    showCasePage(request, reply, pathId(request.params), {}),
  );

  app.post("/admin/saker/:id", { preHandler: requireUser }, async (request, reply) => {
    const caseId = pathId(request.params);
    if (isPreview(request.body)) {
      await authorizeOnCase(app, request.user, caseId, "update");
      return showCasePage(request, reply, caseId, {
        values: postedValues(request.body),
        preview: true,
      });
    }
    const input = parseCaseForm(request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "case");
      const current = await lockCase(tx, caseId);
      const actor = authorizeCaseAction(request.user, "update", current);
      if (!input.ok) return input;
      const changed = ownerAfter(actor.user, input.value, current.owner_user_id);
      return updateCase({ actor, current, input: changed, tx });
    });
    if (!outcome.ok)
      return showCasePage(request, reply, caseId, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, `/admin/saker/${caseId}`, "caseSaved");
  });

  await registerCaseWorkflowRoutes(app, showCasePage);
}
