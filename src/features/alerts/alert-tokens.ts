import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "../../db/database.ts";

/**
 * The secrets in alert links. A confirmation link carries a random token whose sha256 alone is
 * stored, so a copy of the database confirms nothing. Unsubscribe links are an HMAC of the
 * subscription's id under the installation's key (`alert_key`), so every mail can carry one
 * without a token per mail being kept, and a link cannot be made for another subscription.
 */

export const hashToken = (token: string): string =>
  createHash("sha256").update(token).digest("hex");

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** A confirmation token as the link writes it: 43 base64url characters. */
export const CONFIRM_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The installation's key, made on first use; every process reads the same row. */
export async function alertKey(db: Database): Promise<string> {
  await db
    .insertInto("alert_key")
    .values({ secret: randomBytes(32).toString("base64url") })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .execute();
  const row = await db.selectFrom("alert_key").select("secret").executeTakeFirstOrThrow();
  return row.secret;
}

export const unsubscribeToken = (key: string, subscriptionId: number): string =>
  createHmac("sha256", key).update(`unsubscribe:${subscriptionId}`).digest("base64url");

export function isUnsubscribeToken(key: string, subscriptionId: number, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(key, subscriptionId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
