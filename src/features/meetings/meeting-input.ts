import type { Database } from "../../db/database.ts";

/** A meeting as the form delivers it, with the wall-clock times already placed in Norway. */
export interface MeetingInput {
  bodyId: number;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  /** The room in the building, e.g. "Formannskapssalen". */
  room: string;
  isRemote: boolean;
}

/**
 * How far ahead a meeting can be planned: a council plans its meetings for the year and at
 * most for its four-year term, so a meeting later than this is a typing error (2062 for 2026)
 * that would otherwise stand in the public calendar as the next meeting for decades.
 */
export const PLANNING_HORIZON_YEARS = 5;

export function isBeyondPlanningHorizon(startsAt: Date, now: Date): boolean {
  const horizon = new Date(now);
  horizon.setUTCFullYear(horizon.getUTCFullYear() + PLANNING_HORIZON_YEARS);
  return startsAt > horizon;
}

/** New meetings are only planned for bodies that exist and are active. */
export async function inactiveBodyError(tx: Database, bodyId: number): Promise<string | null> {
  const body = await tx
    .selectFrom("body")
    .select("is_active")
    .where("id", "=", bodyId)
    .executeTakeFirst();
  if (!body) return "Velg et utvalg fra listen.";
  return body.is_active ? null : "Utvalget er ikke aktivt. Velg et aktivt utvalg.";
}
