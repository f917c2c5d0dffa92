import type { FastifyReply, FastifyRequest } from "fastify";
import type { FieldErrors } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { MembershipRole } from "../../db/schema.ts";
import { isMembershipValidOn, roleLabel } from "../../domain/membership.ts";
import { currentTerm } from "../../domain/terms.ts";
import { osloDay } from "../../domain/time.ts";
import { renderPage, wasSaved } from "../../web/route-helpers.ts";
import {
  type AddMembershipChoices,
  type AddMembershipFormValues,
  BodyDetailPage,
  type BodyDetailView,
} from "./body-detail-view.tsx";
import { BODY_KIND_LABELS } from "./body-kinds.ts";
import { loadBody } from "./body-queries.ts";
import { isVotingSeat } from "./membership-rules.ts";

const ROLE_ORDER: MembershipRole[] = [
  "leader",
  "deputy_leader",
  "member",
  "observer",
  "substitute",
];

/** Everything the body page shows, for the term asked for or else the current one. */
export async function loadBodyDetail(
  db: Database,
  bodyId: number,
  requestedTermId: number | null,
  today: string = osloDay(new Date()),
) {
  const [body, terms, persons, lists] = await Promise.all([
    loadBody(db, bodyId),
    db
      .selectFrom("term")
      .select(["id", "name", "starts_on", "ends_on"])
      .orderBy("starts_on", "desc")
      .execute(),
    db
      .selectFrom("person")
      .select(["id", "given_name", "family_name"])
      .orderBy("family_name")
      .orderBy("given_name")
      .orderBy("id")
      .execute(),
    db.selectFrom("party").select(["id", "name", "short_name"]).orderBy("name").execute(),
  ]);
  const termViews = terms.map((term) => ({
    id: term.id,
    name: term.name,
    startsOn: term.starts_on,
    endsOn: term.ends_on,
  }));
  const term =
    termViews.find((candidate) => candidate.id === requestedTermId) ??
    currentTerm(termViews, today);
  const memberships = term
    ? await db
        .selectFrom("membership")
        .innerJoin("person", "person.id", "membership.person_id")
        .leftJoin("party", "party.id", "membership.list_id")
        .select([
          "membership.id",
          "membership.person_id",
          "membership.role",
          "membership.list_id",
          "membership.substitute_rank",
          "membership.has_vote",
          "membership.starts_on",
          "membership.ends_on",
          "person.given_name",
          "person.family_name",
          "party.name as list_name",
        ])
        .where("membership.body_id", "=", bodyId)
        .where("membership.term_id", "=", term.id)
        .execute()
    : [];

  const sorted = [...memberships].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      (a.substitute_rank ?? 0) - (b.substitute_rank ?? 0) ||
      a.family_name.localeCompare(b.family_name, "nb") ||
      a.given_name.localeCompare(b.given_name, "nb"),
  );
  const groups = new Map<string, BodyDetailView["groups"][number]>();
  for (const row of sorted) {
    const key = row.list_id === null ? "uten" : String(row.list_id);
    let group = groups.get(key);
    if (!group) {
      group = { key, listName: row.list_name ?? "Uten liste", members: [] };
      groups.set(key, group);
    }
    group.members.push({
      id: row.id,
      personId: row.person_id,
      name: `${row.given_name} ${row.family_name}`,
      roleLabel: roleLabel(row.role, body.kind),
      substituteRank: row.substitute_rank,
      hasVote: row.has_vote,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    });
  }
  const todayInTerm = term !== null && term.startsOn <= today && today <= term.endsOn;
  const view: BodyDetailView = {
    id: body.id,
    name: body.name,
    shortName: body.shortName,
    kindLabel: BODY_KIND_LABELS[body.kind],
    seatCount: body.seatCount,
    noticeDays: body.noticeDays,
    isActive: body.isActive,
    description: body.description,
    terms: termViews.map(({ id, name }) => ({ id, name })),
    term,
    votingSeatsToday: todayInTerm
      ? memberships.filter(
          (row) =>
            isVotingSeat({ role: row.role, hasVote: row.has_vote }) &&
            isMembershipValidOn({ startsOn: row.starts_on, endsOn: row.ends_on }, today),
        ).length
      : null,
    groups: [...groups.values()].sort(
      (a, b) =>
        Number(a.key === "uten") - Number(b.key === "uten") ||
        a.listName.localeCompare(b.listName, "nb"),
    ),
  };
  const choices: AddMembershipChoices = {
    persons: persons.map((person) => ({
      value: String(person.id),
      label: `${person.family_name}, ${person.given_name}`,
    })),
    roles: ROLE_ORDER.map((role) => ({
      value: role,
      label: roleLabel(role, body.kind),
    })),
    lists: lists.map((list) => ({
      value: String(list.id),
      label: `${list.name} (${list.short_name})`,
    })),
  };
  const defaults: AddMembershipFormValues = {
    personId: "",
    role: "member",
    listId: "",
    substituteRank: "",
    hasVote: true,
    startsOn: todayInTerm ? today : (term?.startsOn ?? ""),
    endsOn: "",
  };
  return { view, choices, defaults };
}

export type BodyDetail = Awaited<ReturnType<typeof loadBodyDetail>>;

export async function showBodyDetail(
  request: FastifyRequest,
  reply: FastifyReply,
  detail: BodyDetail,
  state: { values?: AddMembershipFormValues; errors?: FieldErrors } = {},
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <BodyDetailPage
        ctx={ctx}
        body={detail.view}
        saved={wasSaved(request.query)}
        form={{
          values: state.values ?? detail.defaults,
          errors: state.errors ?? {},
          choices: detail.choices,
        }}
      />
    ),
    state.errors,
  );
}
