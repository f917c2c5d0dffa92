import { type ExpressionBuilder, sql } from "kysely";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { DB } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { likeEscape } from "../../web/search.ts";

export const PERSONS_PER_PAGE = 50;

/** A person as the use cases and the person's pages take them. */
export interface PersonRecord {
  id: number;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  partyId: number | null;
  partyName: string | null;
}

const PERSON_COLUMNS = [
  "person.id",
  "person.given_name",
  "person.family_name",
  "person.email",
  "person.phone",
] as const;

export async function loadPerson(db: Database, id: number): Promise<PersonRecord> {
  const row = await db
    .selectFrom("person")
    .leftJoin("party", "party.id", "person.party_id")
    .select([...PERSON_COLUMNS, "person.party_id", "party.name as party_name"])
    .where("person.id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    phone: row.phone,
    partyId: row.party_id,
    partyName: row.party_name,
  };
}

/** Matches the words in either name order, case-insensitively; % and _ are taken literally. */
function nameMatches(query: string) {
  const pattern = `%${likeEscape(query)}%`;
  return (eb: ExpressionBuilder<DB, "person">) =>
    eb.or([
      eb(sql<string>`person.given_name || ' ' || person.family_name`, "ilike", pattern),
      eb(sql<string>`person.family_name || ' ' || person.given_name`, "ilike", pattern),
    ]);
}

/** One page of the persons whose name matches, by family name, and how many match in all. */
export async function searchPersons(
  db: Database,
  { query, page }: { query: string; page: number },
) {
  let matching = db.selectFrom("person");
  if (query) matching = matching.where(nameMatches(query));
  const [rows, counted] = await Promise.all([
    matching
      .leftJoin("party", "party.id", "person.party_id")
      .select([...PERSON_COLUMNS, "party.short_name as party_short_name"])
      .orderBy("person.family_name")
      .orderBy("person.given_name")
      .orderBy("person.id")
      .limit(PERSONS_PER_PAGE)
      .offset((page - 1) * PERSONS_PER_PAGE)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(counted.count) };
}

export type PersonSearchRow = Awaited<ReturnType<typeof searchPersons>>["rows"][number];

/** Everyone in the register by family name, to choose from. */
export async function listPersonNames(db: Database) {
  return db
    .selectFrom("person")
    .select(["id", "given_name", "family_name"])
    .orderBy("family_name")
    .orderBy("given_name")
    .orderBy("id")
    .execute();
}

/** A person belongs to a party, not to a joint list; the list is chosen per seat. */
export async function assertPersonPartyExists(tx: Database, partyId: number | null): Promise<void> {
  if (partyId === null) return;
  const party = await tx
    .selectFrom("party")
    .select("id")
    .where("id", "=", partyId)
    .where("is_joint_list", "=", false)
    .executeTakeFirst();
  if (!party) throw new Refusal({ partyId: "Velg et parti fra listen." });
}
