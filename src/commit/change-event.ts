/**
 * A change as the rest of the system hears of it: which entity, what happened, and whether
 * the public portal can show a difference. It carries no content, so a public stream can
 * pass it on as it is.
 */
export interface ChangeEvent {
  id: number;
  entityType: string;
  entityId: string;
  action: string;
  public: boolean;
}

/** The PostgreSQL notification channel every committed change is announced on. */
export const CHANGE_CHANNEL = "folkestyre_change";

export function encodeChangeEvent(event: ChangeEvent): string {
  return JSON.stringify([event.id, event.entityType, event.entityId, event.action, event.public]);
}

/** The event in a notification payload, or null when the payload is not one of ours. */
export function decodeChangeEvent(payload: string): ChangeEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) return null;
  const [id, entityType, entityId, action, isPublic] = parsed as unknown[];
  if (
    typeof id !== "number" ||
    typeof entityType !== "string" ||
    typeof entityId !== "string" ||
    typeof action !== "string" ||
    typeof isPublic !== "boolean"
  )
    return null;
  return { id, entityType, entityId, action, public: isPublic };
}
