import { randomUUID } from "node:crypto";
import type { Database } from "../../db/database.ts";

/** The form field that carries a console form's idempotency key. */
export const REQUEST_KEY_FIELD = "foresporsel";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The key a posted console form carries; null when it carries none, or not one of ours. */
export function requestKey(body: unknown): string | null {
  const value = (body as Record<string, unknown> | undefined)?.[REQUEST_KEY_FIELD];
  return typeof value === "string" && UUID.test(value) ? value : null;
}

/**
 * Each console form is drawn with a new key, so two submissions of the same drawn form are one
 * request: the browser sending it again after a lost answer, or a double click.
 */
export function RequestKeyField() {
  return <input type="hidden" name={REQUEST_KEY_FIELD} value={randomUUID()} />;
}

/**
 * Records the request's key in the transaction of its change; false when the key was recorded
 * before, so the change is already made and must not be made again. A concurrent twin waits on
 * the key's index until the first commits, then finds it.
 */
export async function claimRequest(
  tx: Database,
  request: { key: string; meetingId: number; action: string; at: Date },
): Promise<boolean> {
  const row = await tx
    .insertInto("console_request")
    .values({
      idempotency_key: request.key,
      meeting_id: request.meetingId,
      action: request.action,
      at: request.at,
    })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .returning("idempotency_key")
    .executeTakeFirst();
  return row !== undefined;
}
