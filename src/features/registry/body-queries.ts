import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { bodyRules } from "../../domain/rules.ts";
import { NotFoundError } from "../../policies/policy.ts";
import type { BodyInput } from "./body-schema.ts";

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
    settings: row.settings,
  };
}

export type LoadedBody = Awaited<ReturnType<typeof loadBody>>;

/** The body's row as the form gives it; the notice period lives among its local rules. */
export function bodyColumns(input: BodyInput, settings: Record<string, unknown>) {
  return {
    name: input.name,
    short_name: input.shortName,
    slug: input.slug,
    kind: input.kind,
    seat_count: input.seatCount,
    description: input.description,
    is_active: input.isActive,
    settings: JSON.stringify({ ...settings, noticeDays: input.noticeDays }),
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
