import type { FastifyReply, FastifyRequest } from "fastify";
import type { FieldErrors } from "../../commit/outcome.ts";
import { renderPage } from "../../web/route-helpers.ts";
import { BodyDetailPage } from "./body-detail-view.tsx";
import { presentBodyDetail } from "./body-presenter.ts";
import type { BodyDetail } from "./body-queries.ts";
import type { AddMembershipFormValues } from "./membership-presenter.ts";

/** The body's page; after a refused seat it shows the posted values and the errors. */
export async function showBodyDetail(
  request: FastifyRequest,
  reply: FastifyReply,
  { detail, today }: { detail: BodyDetail; today: string },
  state: { values?: AddMembershipFormValues; errors?: FieldErrors } = {},
) {
  const { view, choices, defaults } = presentBodyDetail(detail, today);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <BodyDetailPage
        ctx={ctx}
        body={view}
        form={{ values: state.values ?? defaults, errors: state.errors ?? {}, choices }}
      />
    ),
    state.errors,
  );
}
