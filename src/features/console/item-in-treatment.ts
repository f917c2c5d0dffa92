import type { Visibility } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";

/** What the treatment's use cases read of the item they record on. */
export interface ItemInTreatment {
  id: number;
  caseId: number | null;
  routeStepId: number | null;
  decidedAt: Date | null;
  postponedAt: Date | null;
  speakersClosedAt: Date | null;
  /**
   * Whether the public may follow the item's treatment (public_treated_item): an item in closed
   * meeting or about an exempt case is recorded as an internal change, so nothing about it
   * reaches the portal or its cached pages.
   */
  visibility: Visibility;
}

/**
 * The item, once the body has begun treating it in a meeting that sits: proposals, votes and
 * speakers are recorded only then. A withdrawn or postponed item is treated no further. The
 * caller has locked the meeting, so the item's state read here holds until commit.
 */
export async function itemInTreatment(
  tx: Database,
  meeting: Meeting,
  itemId: number,
): Promise<ItemInTreatment> {
  const item = await tx
    .selectFrom("agenda_item as a")
    .leftJoin("public_treated_item as t", "t.id", "a.id")
    .select([
      "a.id",
      "a.case_id",
      "a.route_step_id",
      "a.started_at",
      "a.withdrawn_at",
      "a.postponed_at",
      "a.decided_at",
      "a.speakers_closed_at",
      "t.id as public_id",
    ])
    .where("a.id", "=", itemId)
    .where("a.meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (meeting.opened_at === null || meeting.closed_at !== null)
    throw new Refusal({ form: "Dette kan bare føres mens møtet er satt." });
  if (item.withdrawn_at !== null) throw new Refusal({ form: "Saken er trukket." });
  if (item.started_at === null)
    throw new Refusal({
      form: "Start behandlingen av saken før du fører forslag, voteringer eller talere.",
    });
  if (item.postponed_at !== null) throw new Refusal({ form: "Saken er utsatt." });
  return {
    id: item.id,
    caseId: item.case_id,
    routeStepId: item.route_step_id,
    decidedAt: item.decided_at,
    postponedAt: item.postponed_at,
    speakersClosedAt: item.speakers_closed_at,
    visibility: item.public_id === null ? "internal" : "public",
  };
}
