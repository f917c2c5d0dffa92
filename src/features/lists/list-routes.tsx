import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { CaseType } from "../../db/schema.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { osloDay } from "../../domain/time.ts";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { findBodies, findCurrentTerm } from "../portal/queries.ts";
import { CaseListPage } from "./case-list-page.tsx";
import { CASES_PER_PAGE, type CaseListQuery, presentCaseListPage } from "./case-list-presenter.ts";
import {
  type CaseStatusFilter,
  findAgendaYears,
  findPublicCases,
  findSeatedLists,
  findSeatsInOffice,
} from "./list-queries.ts";
import { PersonListPage } from "./person-list-page.tsx";
import { presentPersonListPage } from "./person-list-presenter.ts";

/** The highest page anyone can ask for; past the last page the list is simply empty. */
const MAX_PAGE = 100_000;

const raw = (query: unknown): Record<string, unknown> =>
  z.record(z.string(), z.unknown()).catch({}).parse(query);

/** A single short text parameter; an absent or empty one is "", a repeated one an error. */
function textParam(value: unknown): string | null {
  if (value === undefined) return "";
  if (typeof value !== "string" || value.length > 200) return null;
  return value;
}

const isCaseType = (value: string): value is CaseType => Object.hasOwn(CASE_TYPE_LABELS, value);
const isStatus = (value: string): value is CaseStatusFilter =>
  value === "open" || value === "decided";

export async function registerListRoutes(app: FastifyInstance): Promise<void> {
  app.get("/saker", async (request, reply) => {
    const params = raw(request.query);
    const errors: Record<string, string> = {};
    const read = (name: string, message: string): string => {
      const value = textParam(params[name]);
      if (value === null) errors[name] = message;
      return value ?? "";
    };
    let utvalg = read("utvalg", "Velg ett utvalg fra listen.");
    let ar = read("ar", "Velg ett år fra listen.");
    let type = read("type", "Velg én sakstype fra listen.");
    let status = read("status", "Velg én status fra listen.");
    const sideText = read("side", "Sidetallet må være et helt tall.");
    let side = 1;
    if (sideText !== "") {
      if (/^[1-9]\d{0,5}$/.test(sideText) && Number(sideText) <= MAX_PAGE) side = Number(sideText);
      else errors.side = "Sidetallet må være et helt tall fra 1.";
    }

    const [bodies, years] = await Promise.all([findBodies(app.db), findAgendaYears(app.db)]);
    const body = utvalg ? bodies.find((candidate) => candidate.slug === utvalg) : undefined;
    if (utvalg && !body) {
      errors.utvalg = "Fant ikke utvalget. Velg et utvalg fra listen.";
      utvalg = "";
    }
    if (ar && !/^\d{4}$/.test(ar)) {
      errors.ar = "Året må skrives med fire sifre, for eksempel 2026.";
      ar = "";
    }
    if (type && !isCaseType(type)) {
      errors.type = "Velg en sakstype fra listen.";
      type = "";
    }
    if (status && !isStatus(status)) {
      errors.status = "Velg en status fra listen.";
      status = "";
    }
    const query: CaseListQuery = { utvalg, ar, type, status, side };
    const { rows, total } = await findPublicCases(app.db, {
      bodyId: body?.id,
      year: ar ? Number(ar) : undefined,
      caseType: isCaseType(type) ? type : undefined,
      status: isStatus(status) ? status : undefined,
      offset: (side - 1) * CASES_PER_PAGE,
      limit: CASES_PER_PAGE,
    });
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <CaseListPage
        ctx={ctx}
        model={presentCaseListPage({ query, bodies, years, rows, total })}
        errors={errors}
      />,
      { status: Object.keys(errors).length > 0 ? 400 : 200 },
    );
  });

  app.get("/personer", async (request, reply) => {
    const params = raw(request.query);
    const errors: Record<string, string> = {};
    let utvalg = textParam(params.utvalg);
    let parti = textParam(params.parti);
    if (utvalg === null) errors.utvalg = "Velg ett utvalg fra listen.";
    if (parti === null) errors.parti = "Velg ett parti fra listen.";
    const today = osloDay(new Date());
    const [bodies, term] = await Promise.all([findBodies(app.db), findCurrentTerm(app.db, today)]);
    const lists = term ? await findSeatedLists(app.db, { termId: term.id, day: today }) : [];
    const body = utvalg ? bodies.find((candidate) => candidate.slug === utvalg) : undefined;
    if (utvalg && !body) {
      errors.utvalg = "Fant ikke utvalget. Velg et utvalg fra listen.";
      utvalg = "";
    }
    const list = parti ? lists.find((candidate) => String(candidate.id) === parti) : undefined;
    if (parti && !list) {
      errors.parti = "Fant ikke partiet. Velg et parti fra listen.";
      parti = "";
    }
    const seats = term
      ? await findSeatsInOffice(app.db, {
          termId: term.id,
          day: today,
          bodyId: body?.id,
          listId: list?.id,
        })
      : [];
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <PersonListPage
        ctx={ctx}
        model={presentPersonListPage({
          query: { utvalg: utvalg ?? "", parti: parti ?? "" },
          termName: term?.name ?? null,
          bodies,
          lists,
          seats,
        })}
        errors={errors}
      />,
      { status: Object.keys(errors).length > 0 ? 400 : 200 },
    );
  });
}
