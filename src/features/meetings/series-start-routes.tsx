import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { authorize } from "../../policies/policy.ts";
import {
  FIRST_YEAR,
  LAST_YEAR,
  parseForm,
  postedValues,
  wholeNumber,
} from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { loadBody } from "../registry/body-queries.ts";
import { CASE_SERIES, seriesOfBody } from "./series-queries.ts";
import { SeriesStartPage, seriesPath } from "./series-start-page.tsx";
import { setSeriesStart } from "./set-series-start.ts";

const YEAR_MESSAGE = `Skriv et årstall fra ${FIRST_YEAR} til ${LAST_YEAR}.`;

const seriesStartSchema = z.object({
  year: wholeNumber(YEAR_MESSAGE, FIRST_YEAR).refine((year) => year <= LAST_YEAR, YEAR_MESSAGE),
  series: z.enum([...CASE_SERIES, "meeting"], { error: "Velg serie." }),
  firstNumber: wholeNumber("Skriv et helt tall fra 1.", 1),
});

/** The year in the query string, or this year in Norway. */
function shownYear(query: unknown): number {
  const value = (query as Record<string, unknown> | undefined)?.ar;
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : seriesYear(new Date());
}

async function showSeriesPage(
  request: FastifyRequest,
  reply: FastifyReply,
  { bodyId, year }: { bodyId: number; year: number },
  state: { values?: Record<string, string>; errors?: FieldErrors } = {},
) {
  const db = request.server.db;
  const [body, series] = await Promise.all([
    loadBody(db, bodyId),
    seriesOfBody(db, { bodyId, year }),
  ]);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <SeriesStartPage
        ctx={ctx}
        body={body}
        year={year}
        series={series}
        values={state.values ?? {}}
        errors={state.errors ?? {}}
      />
    ),
    state.errors,
  );
}

/** Where a body's case-number and meeting-number series start each year. */
export async function registerSeriesStartRoutes(app: FastifyInstance): Promise<void> {
  app.get("/admin/utvalg/:id/nummerserier", { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "body");
    return showSeriesPage(request, reply, {
      bodyId: pathId(request.params),
      year: shownYear(request.query),
    });
  });

  app.post(
    "/admin/utvalg/:id/nummerserier",
    { preHandler: requireUser },
    async (request, reply) => {
      const bodyId = pathId(request.params);
      const input = parseForm(seriesStartSchema, request.body ?? {});
      const outcome = await commit(app, async (tx) => {
        const actor = authorizeActor(request.user, "update", "body");
        await loadBody(tx, bodyId);
        if (!input.ok) return input;
        return setSeriesStart({ actor, bodyId, ...input.value, tx });
      });
      const year = input.ok ? input.value.year : shownYear(request.query);
      if (!outcome.ok)
        return showSeriesPage(
          request,
          reply,
          { bodyId, year },
          { values: postedValues(request.body), errors: outcome.errors },
        );
      return redirectSaved(reply, `${seriesPath(bodyId)}?ar=${year}`);
    },
  );
}
