import { type Kysely, sql } from "kysely";

/**
 * Every password so far was made by the system and shown once: at the first start, by the
 * command line, or by an administrator. The column's default marks all of those accounts, so
 * each user picks a password of their own at the next login; a new account starts marked too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_user add column must_change_password boolean not null default true`.execute(
    db,
  );
}
