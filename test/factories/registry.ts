import type { Database } from "../../src/db/database.ts";
import type { MembershipRole } from "../../src/db/schema.ts";
import { electionTermOn } from "../../src/domain/terms.ts";
import { osloDay } from "../../src/domain/time.ts";
import { addMembership } from "../../src/features/registry/add-membership.ts";
import type { BodyInput } from "../../src/features/registry/body-schema.ts";
import { createBody } from "../../src/features/registry/create-body.ts";
import { createParty } from "../../src/features/registry/create-party.ts";
import { createPerson } from "../../src/features/registry/create-person.ts";
import { createTerm } from "../../src/features/registry/create-term.ts";
import type { PartyInput } from "../../src/features/registry/party-schema.ts";
import type { PersonInput } from "../../src/features/registry/person-schema.ts";
import type { TermInput } from "../../src/features/registry/term-schema.ts";
import { commit, nextSequence, TEST_ACTOR } from "./run.ts";

/** The factories below write through the registry's use cases, each in its own transaction. */

export interface BuiltTerm extends TermInput {
  id: number;
}

/** By default the four-year term that holds today, named uniquely. */
export async function buildTerm(
  db: Database,
  overrides: Partial<TermInput> = {},
): Promise<BuiltTerm> {
  const term = electionTermOn(osloDay(new Date()));
  const input: TermInput = {
    name: `${term.name} (${nextSequence()})`,
    startsOn: term.startsOn,
    endsOn: term.endsOn,
    ...overrides,
  };
  const id = await commit(db, (tx) => createTerm({ actor: TEST_ACTOR, input, tx }));
  return { id, ...input };
}

export interface BuiltParty extends PartyInput {
  id: number;
}

/** A party; a joint list when `partyIds` names the parties it joins. */
export async function buildParty(
  db: Database,
  overrides: Partial<PartyInput> = {},
): Promise<BuiltParty> {
  const n = nextSequence();
  const partyIds = overrides.partyIds ?? [];
  const input: PartyInput = {
    name: `Testpartiet ${n}`,
    shortName: `TP${n}`,
    isJointList: partyIds.length > 0,
    ...overrides,
    partyIds,
  };
  const id = await commit(db, (tx) => createParty({ actor: TEST_ACTOR, input, tx }));
  return { id, ...input };
}

export interface BuiltPerson extends PersonInput {
  id: number;
  name: string;
}

export async function buildPerson(
  db: Database,
  overrides: Partial<PersonInput> = {},
): Promise<BuiltPerson> {
  const n = nextSequence();
  const input: PersonInput = {
    givenName: "Testperson",
    familyName: `Nummer ${n}`,
    email: `testperson.${n}@eksempel.kommune.no`,
    phone: null,
    partyId: null,
    ...overrides,
  };
  const id = await commit(db, (tx) => createPerson({ actor: TEST_ACTOR, input, tx }));
  return { id, name: `${input.givenName} ${input.familyName}`, ...input };
}

export interface BuiltBody extends BodyInput {
  id: number;
}

/** An active standing committee with seven seats and the statutory seven days' notice. */
export async function buildBody(
  db: Database,
  overrides: Partial<BodyInput> = {},
): Promise<BuiltBody> {
  const n = nextSequence();
  const input: BodyInput = {
    name: `Testutvalget ${n}`,
    shortName: `TU${n}`,
    slug: `testutvalget-${n}`,
    kind: "standing_committee",
    seatCount: 7,
    noticeDays: 7,
    description: "Et utvalg laget for en test.",
    isActive: true,
    ...overrides,
  };
  const id = await commit(db, (tx) => createBody({ actor: TEST_ACTOR, input, tx }));
  return { id, ...input };
}

export interface MemberOptions {
  bodyId: number;
  termId: number;
  role?: MembershipRole;
  /** The party or joint list the seat belongs to; the new person joins that party. */
  listId?: number | null;
  substituteRank?: number | null;
  /** Someone already in the registry; otherwise a new person is made. */
  personId?: number;
  startsOn?: string;
  endsOn?: string | null;
}

export interface BuiltMember {
  personId: number;
  membershipId: number;
}

/**
 * A person with a seat in a body (verv): a voting member from the term's first day unless told
 * otherwise. The membership rules apply, so a seat beyond the seat count is refused.
 */
export async function buildMember(db: Database, options: MemberOptions): Promise<BuiltMember> {
  const listId = options.listId ?? null;
  const personId = options.personId ?? (await buildPerson(db, { partyId: listId })).id;
  const role = options.role ?? "member";
  const membershipId = await commit(db, async (tx) => {
    const term = await tx
      .selectFrom("term")
      .select("starts_on")
      .where("id", "=", options.termId)
      .executeTakeFirstOrThrow();
    return addMembership({
      actor: TEST_ACTOR,
      body: { id: options.bodyId },
      input: {
        termId: options.termId,
        personId,
        role,
        listId,
        substituteRank: options.substituteRank ?? null,
        hasVote: role !== "observer",
        startsOn: options.startsOn ?? term.starts_on,
        endsOn: options.endsOn ?? null,
      },
      tx,
    });
  });
  return { personId, membershipId };
}
