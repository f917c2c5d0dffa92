import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { UserRole } from "../db/schema.ts";
import { osloDay } from "../domain/time.ts";
import type { Seats } from "../policies/policy.ts";

export const SESSION_COOKIE = "fs_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  personId: number | null;
}

/** The user behind a request, with the seats the policies read (see src/policies/). */
export interface SignedInUser extends SessionUser {
  seats: Seats;
  mayApproveCases: boolean;
}

export interface LoadedSession {
  user: SignedInUser;
  csrfToken: string;
  mustChangePassword: boolean;
}

const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: Database,
  userId: number,
  now: Date = new Date(),
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  await db
    .insertInto("session")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(now.getTime() + SESSION_TTL_MS),
    })
    .execute();
  return { token, csrfToken };
}

/** The bodies where the user's person holds a membership on the day, in the role if given. */
function seatsOn(day: string, role?: "leader") {
  return sql<number[]>`array(
    select distinct membership.body_id from membership
    where membership.person_id = app_user.person_id
      and membership.starts_on <= ${day}::date
      and (membership.ends_on is null or membership.ends_on >= ${day}::date)
      ${role ? sql`and membership.role = ${role}` : sql``}
    order by membership.body_id
  )`;
}

export async function loadSession(
  db: Database,
  token: string,
  now: Date = new Date(),
): Promise<LoadedSession | null> {
  const row = await db
    .selectFrom("session")
    .innerJoin("app_user", "app_user.id", "session.user_id")
    .select([
      "app_user.id",
      "app_user.username",
      "app_user.display_name",
      "app_user.role",
      "app_user.person_id",
      "app_user.must_change_password",
      "app_user.may_approve_cases",
      "session.csrf_token",
      seatsOn(osloDay(now), "leader").as("chairs"),
      seatsOn(osloDay(now)).as("seat_bodies"),
    ])
    .where("session.token_hash", "=", hashToken(token))
    .where("session.expires_at", ">", now)
    .where("app_user.disabled", "=", false)
    .executeTakeFirst();
  if (!row) return null;
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      personId: row.person_id,
      seats: { bodies: row.seat_bodies, chairs: row.chairs },
      mayApproveCases: row.may_approve_cases,
    },
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password,
  };
}

export async function destroySession(db: Database, token: string): Promise<void> {
  await db.deleteFrom("session").where("token_hash", "=", hashToken(token)).execute();
}

/** Signs the user out everywhere but in the session given, which stays signed in. */
export async function endOtherSessions(db: Database, userId: number, keep: string): Promise<void> {
  await db
    .deleteFrom("session")
    .where("user_id", "=", userId)
    .where("token_hash", "<>", hashToken(keep))
    .execute();
}
