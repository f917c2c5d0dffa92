import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { osloDay } from "../../domain/time.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import {
  authorizeActor,
  pathId,
  queryId,
  redirectSaved,
  renderPage,
} from "../../web/route-helpers.ts";
import { addMembership } from "./add-membership.ts";
import { showBodyDetail } from "./body-detail.tsx";
import { loadBody, loadBodyDetail } from "./body-queries.ts";
import { endMembership } from "./end-membership.ts";
import { EndMembershipPage } from "./end-membership-view.tsx";
import { presentSeatToEnd } from "./membership-presenter.ts";
import { loadSeat, type SeatRecord } from "./membership-queries.ts";
import { addMembershipSchema, endMembershipSchema } from "./membership-schema.ts";
import { BODIES_PATH, bodyTermPath } from "./registry-paths.ts";

async function showEndForm(
  request: FastifyRequest,
  reply: FastifyReply,
  seat: SeatRecord,
  state: { endsOn: string; errors?: FieldErrors },
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <EndMembershipPage
        ctx={ctx}
        seat={presentSeatToEnd(seat)}
        endsOn={state.endsOn}
        errors={state.errors ?? {}}
      />
    ),
    state.errors,
  );
}

export async function registerMembershipRoutes(app: FastifyInstance): Promise<void> {
  app.post(`${BODIES_PATH}/:id/medlemskap`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(addMembershipSchema, request.body);
    const bodyId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "membership");
      const body = await loadBody(tx, bodyId);
      if (!input.ok) return input;
      await addMembership({ actor, body, input: input.value, tx });
      return succeeded(input.value.termId);
    });
    if (!outcome.ok) {
      const posted = postedValues(request.body);
      const today = osloDay(new Date());
      const detail = await loadBodyDetail(app.db, {
        bodyId,
        termId: queryId(posted, "termId"),
        today,
      });
      return showBodyDetail(
        request,
        reply,
        { detail, today },
        {
          values: {
            personId: posted.personId ?? "",
            role: posted.role ?? "",
            listId: posted.listId ?? "",
            substituteRank: posted.substituteRank ?? "",
            hasVote: posted.hasVote === "on",
            startsOn: posted.startsOn ?? "",
            endsOn: posted.endsOn ?? "",
          },
          errors: outcome.errors,
        },
      );
    }
    return redirectSaved(reply, bodyTermPath(bodyId, outcome.value));
  });

  const endPath = `${BODIES_PATH}/:id/medlemskap/:membershipId/avslutt`;

  app.get(endPath, { preHandler: requireUser }, async (request, reply) => {
    const bodyId = pathId(request.params);
    const membershipId = pathId(request.params, "membershipId");
    authorize(request.user, "update", "membership");
    const seat = await loadSeat(app.db, bodyId, membershipId);
    const today = osloDay(new Date());
    const endsOn = seat.startsOn <= today && today <= seat.term.endsOn ? today : "";
    return showEndForm(request, reply, seat, { endsOn });
  });

  app.post(endPath, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(endMembershipSchema, request.body);
    const bodyId = pathId(request.params);
    const membershipId = pathId(request.params, "membershipId");
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "membership");
      const seat = await loadSeat(tx, bodyId, membershipId);
      if (!input.ok) return input;
      await endMembership({ actor, membership: seat, endsOn: input.value.endsOn, tx });
      return succeeded(seat.termId);
    });
    if (!outcome.ok)
      return showEndForm(request, reply, await loadSeat(app.db, bodyId, membershipId), {
        endsOn: postedValues(request.body).endsOn ?? "",
        errors: outcome.errors,
      });
    return redirectSaved(reply, bodyTermPath(bodyId, outcome.value));
  });
}
