import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { roleLabel } from "../../domain/membership.ts";
import { osloDay } from "../../domain/time.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
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
import { loadBodyDetail, showBodyDetail } from "./body-detail.tsx";
import { BODIES_PATH } from "./body-paths.ts";
import { loadBody } from "./body-queries.ts";
import { endMembership } from "./end-membership.ts";
import { EndMembershipPage } from "./end-membership-view.tsx";
import { addMembershipSchema, endMembershipSchema } from "./membership-schema.ts";

/** A seat in the body named by the path; a seat in another body does not exist here. */
async function loadSeat(db: Database, bodyId: number, membershipId: number) {
  const row = await db
    .selectFrom("membership")
    .innerJoin("body", "body.id", "membership.body_id")
    .innerJoin("term", "term.id", "membership.term_id")
    .innerJoin("person", "person.id", "membership.person_id")
    .select([
      "membership.id",
      "membership.role",
      "membership.starts_on",
      "membership.ends_on",
      "body.id as body_id",
      "body.name as body_name",
      "body.kind as body_kind",
      "term.id as term_id",
      "term.name as term_name",
      "term.starts_on as term_starts_on",
      "term.ends_on as term_ends_on",
      "person.given_name",
      "person.family_name",
    ])
    .where("membership.id", "=", membershipId)
    .where("membership.body_id", "=", bodyId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    term: { startsOn: row.term_starts_on, endsOn: row.term_ends_on },
    view: {
      id: row.id,
      bodyId: row.body_id,
      bodyName: row.body_name,
      termId: row.term_id,
      termName: row.term_name,
      personName: `${row.given_name} ${row.family_name}`,
      roleLabel: roleLabel(row.role, row.body_kind),
      startsOn: row.starts_on,
    },
  };
}

type Seat = Awaited<ReturnType<typeof loadSeat>>;

async function showEndForm(
  request: FastifyRequest,
  reply: FastifyReply,
  seat: Seat,
  state: { endsOn: string; errors?: FieldErrors },
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <EndMembershipPage
        ctx={ctx}
        membership={seat.view}
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
      const detail = await loadBodyDetail(app.db, bodyId, queryId(posted, "termId"));
      return showBodyDetail(request, reply, detail, {
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
      });
    }
    return redirectSaved(reply, `${BODIES_PATH}/${bodyId}?valgperiode=${outcome.value}`);
  });

  const endPath = `${BODIES_PATH}/:id/medlemskap/:membershipId/avslutt`;

  app.get(endPath, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "membership");
    const seat = await loadSeat(
      app.db,
      pathId(request.params),
      pathId(request.params, "membershipId"),
    );
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
      return succeeded(seat.view.termId);
    });
    if (!outcome.ok)
      return showEndForm(request, reply, await loadSeat(app.db, bodyId, membershipId), {
        endsOn: postedValues(request.body).endsOn ?? "",
        errors: outcome.errors,
      });
    return redirectSaved(reply, `${BODIES_PATH}/${bodyId}?valgperiode=${outcome.value}`);
  });
}
