import type { JSX } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { PageContext } from "../../web/layout.tsx";
import type { MeetingDetail } from "../meetings/queries.ts";
import type { MeetingRoster } from "./attendance-queries.ts";
import { PresentSection } from "./attendance-sections.tsx";
import type { ConsoleItem } from "./console-queries.ts";

/** What every section of an item's console page is given. */
export interface ConsoleItemContext {
  db: Database;
  ctx: PageContext;
  meeting: MeetingDetail;
  item: ConsoleItem;
  /** The whole meeting's attendance, from which the item's voters were counted. */
  roster: MeetingRoster;
  /** A refused form's messages and posted values, by field; empty otherwise. */
  errors: FieldErrors;
  values: Record<string, string>;
}

/** A section loads what it shows and renders it; null when it has nothing to show. */
export type ConsoleItemSection = (context: ConsoleItemContext) => Promise<JSX.Element | null>;

/**
 * The sections of an item's console page, in the order the body treats an item: who takes part,
 * arrivals and departures, conflicts of interest, closing the meeting; the treatment itself
 * (proposals, votes, speakers) is added after these, as sections of the same shape.
 */
export const ITEM_SECTIONS: readonly ConsoleItemSection[] = [PresentSection];
