import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { bodyRules } from "../../domain/rules.ts";
import { currentTerm } from "../../domain/terms.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { type BodyInput, LOCAL_RULE_KEYS, type LocalRulesInput } from "./body-schema.ts";
import { listSeatsOfBody } from "./membership-queries.ts";
import { listPartyNames } from "./party-queries.ts";
import { listPersonNames } from "./person-queries.ts";
import { listTerms } from "./term-queries.ts";

export async function loadBody(db: Database, id: number) {
  const row = await db
    .selectFrom("body")
    .select([
      "id",
      "name",
      "short_name",
      "slug",
      "kind",
      "seat_count",
      "description",
      "is_active",
      "settings",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    slug: row.slug,
    kind: row.kind,
    seatCount: row.seat_count,
    noticeDays: bodyRules(row.settings).noticeDays,
    description: row.description,
    isActive: row.is_active,
    ...localRulesOf(row.settings),
    settings: row.settings,
  };
}

/** The numbers the body's own rules set, each null (or false) where the statute holds. */
function localRulesOf(settings: Record<string, unknown>): LocalRulesInput {
  const rules = bodyRules(settings);
  return {
    quorumPercent: settings.quorumPercent === rules.quorumPercent ? rules.quorumPercent : null,
    speechMinutes: rules.speechMinutes,
    replyMinutes: rules.replyMinutes,
    answerMinutes: rules.answerMinutes,
    repliesPerSpeech: rules.repliesPerSpeech,
    votesByName: rules.votesByName,
    videoStreamUrl: rules.videoStreamUrl,
  };
}

export type LoadedBody = Awaited<ReturnType<typeof loadBody>>;

/** Every body in the secretariat's order. */
export async function listBodies(db: Database) {
  return db
    .selectFrom("body")
    .select(["id", "name", "kind", "seat_count", "is_active"])
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
}

export type BodyListRow = Awaited<ReturnType<typeof listBodies>>[number];

/**
 * What the body's page shows: its seats in the term asked for, or else the current one, and
 * what the form to add a seat offers.
 */
export async function loadBodyDetail(
  db: Database,
  { bodyId, termId, today }: { bodyId: number; termId: number | null; today: string },
) {
  const [body, terms, persons, lists] = await Promise.all([
    loadBody(db, bodyId),
    listTerms(db),
    listPersonNames(db),
    listPartyNames(db),
  ]);
  const term = terms.find((candidate) => candidate.id === termId) ?? currentTerm(terms, today);
  const seats = term ? await listSeatsOfBody(db, bodyId, term.id) : [];
  return { body, terms, term, seats, persons, lists };
}

export type BodyDetail = Awaited<ReturnType<typeof loadBodyDetail>>;

/**
 * The body's row as the form gives it; the notice period and the other numbers of the rules of
 * procedure live in settings, where a rule left to the statute is no key at all.
 */
export function bodyColumns(input: BodyInput, settings: Record<string, unknown>) {
  const rules: Record<string, unknown> = { ...settings, noticeDays: input.noticeDays };
  for (const key of LOCAL_RULE_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    if (value === null || value === false) delete rules[key];
    else rules[key] = value;
  }
  return {
    name: input.name,
    short_name: input.shortName,
    slug: input.slug,
    kind: input.kind,
    seat_count: input.seatCount,
    description: input.description,
    is_active: input.isActive,
    settings: JSON.stringify(rules),
  };
}

/** Slugs are the bodies' public addresses and must be unique. */
export async function assertSlugFree(
  tx: Database,
  slug: string,
  exceptId: number | null,
): Promise<void> {
  let query = tx.selectFrom("body").select("id").where("slug", "=", slug);
  if (exceptId !== null) query = query.where("id", "<>", exceptId);
  if (await query.executeTakeFirst())
    throw new Refusal({ slug: "Et annet utvalg bruker allerede dette navnet i nettadressen." });
}
