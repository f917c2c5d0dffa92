import type { Database } from "../../db/database.ts";
import type { BodyKind, MembershipRole } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";

/** A seat (verv) about to be ended, with what its page names and what the rule checks. */
export interface SeatRecord {
  id: number;
  role: MembershipRole;
  startsOn: string;
  endsOn: string | null;
  bodyId: number;
  bodyName: string;
  bodyKind: BodyKind;
  termId: number;
  termName: string;
  term: { startsOn: string; endsOn: string };
  personGivenName: string;
  personFamilyName: string;
}

/** A seat in the body named by the path; a seat in another body does not exist here. */
export async function loadSeat(
  db: Database,
  bodyId: number,
  membershipId: number,
): Promise<SeatRecord> {
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
    role: row.role,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    bodyId: row.body_id,
    bodyName: row.body_name,
    bodyKind: row.body_kind,
    termId: row.term_id,
    termName: row.term_name,
    term: { startsOn: row.term_starts_on, endsOn: row.term_ends_on },
    personGivenName: row.given_name,
    personFamilyName: row.family_name,
  };
}

/** What every list of seats shows of a seat. */
const SEAT_COLUMNS = [
  "membership.id",
  "membership.role",
  "membership.substitute_rank",
  "membership.has_vote",
  "membership.starts_on",
  "membership.ends_on",
] as const;

/** A person's seats in every body and term, the latest first. */
export async function listSeatsOfPerson(db: Database, personId: number) {
  return db
    .selectFrom("membership")
    .innerJoin("body", "body.id", "membership.body_id")
    .innerJoin("term", "term.id", "membership.term_id")
    .leftJoin("party", "party.id", "membership.list_id")
    .select([
      ...SEAT_COLUMNS,
      "body.id as body_id",
      "body.name as body_name",
      "body.kind as body_kind",
      "term.id as term_id",
      "term.name as term_name",
      "party.short_name as list_short_name",
    ])
    .where("membership.person_id", "=", personId)
    .orderBy("membership.starts_on", "desc")
    .orderBy("body.sort_order")
    .orderBy("body.name")
    .execute();
}

export type PersonSeatRow = Awaited<ReturnType<typeof listSeatsOfPerson>>[number];

/** The seats of a body in a term, in no particular order. */
export async function listSeatsOfBody(db: Database, bodyId: number, termId: number) {
  return db
    .selectFrom("membership")
    .innerJoin("person", "person.id", "membership.person_id")
    .leftJoin("party", "party.id", "membership.list_id")
    .select([
      ...SEAT_COLUMNS,
      "membership.person_id",
      "membership.list_id",
      "person.given_name",
      "person.family_name",
      "party.name as list_name",
    ])
    .where("membership.body_id", "=", bodyId)
    .where("membership.term_id", "=", termId)
    .execute();
}

export type BodySeatRow = Awaited<ReturnType<typeof listSeatsOfBody>>[number];
