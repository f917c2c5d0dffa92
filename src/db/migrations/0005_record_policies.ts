import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * A case gets an owner: the case officer's account that writes it. The free-text
 * `case_officer` stays, since it is what the presentation prints; the owner is what the
 * policies read. Cases registered before have no owner and are the secretariat's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
alter table "case" add column owner_user_id integer references app_user(id);
create index case_owner_idx on "case" (owner_user_id);
`,
  );
}
