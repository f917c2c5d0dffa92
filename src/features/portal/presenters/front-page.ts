import type { DecisionRow, MeetingRow } from "../queries.ts";
import { type DecisionSummary, presentDecision } from "./decision.ts";
import { type MeetingSummary, presentMeeting } from "./meeting.ts";

export interface FrontPageModel {
  upcoming: MeetingSummary[];
  decisions: DecisionSummary[];
}

export function presentFrontPage(input: {
  upcoming: readonly MeetingRow[];
  decisions: readonly DecisionRow[];
}): FrontPageModel {
  return {
    upcoming: input.upcoming.map(presentMeeting),
    decisions: input.decisions.map(presentDecision),
  };
}
