import type { Database } from "../../db/database.ts";
import { bodyRules } from "../../domain/rules.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { FormError } from "./form-input.ts";

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

/** Slugs are the bodies' public addresses and must be unique. */
export async function assertSlugFree(
  tx: Database,
  slug: string,
  exceptId: number | null,
): Promise<void> {
  let query = tx.selectFrom("body").select("id").where("slug", "=", slug);
  if (exceptId !== null) query = query.where("id", "<>", exceptId);
  if (await query.executeTakeFirst())
    throw new FormError({ slug: "Et annet utvalg bruker allerede dette navnet i nettadressen." });
}
