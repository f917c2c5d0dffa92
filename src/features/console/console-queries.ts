import type { Database } from "../../db/database.ts";
import type { ClosureGround } from "../../db/schema.ts";
import { quorumNeeded, quorumRefusal } from "../../domain/rules.ts";
import { NotFoundError } from "../../policies/policy.ts";
import {
  type AgendaEntry,
  agendaOf,
  loadMeeting,
  type MeetingDetail,
} from "../meetings/queries.ts";
import {
  loadRoster,
  type MeetingRoster,
  type PresentVoter,
  votersAt,
} from "./attendance-queries.ts";

export interface Quorum {
  /** How many must be present and voting. */
  needed: number;
  present: number;
  /** Why the body may not decide now (kl. § 11-9); null when it has a quorum. */
  refusal: string | null;
}

/** An agenda item as the console shows it: what was recorded, and who takes part. */
export interface ConsoleItem {
  entry: AgendaEntry;
  startedAt: Date | null;
  withdrawn: boolean;
  /** The body's decision in the meeting to close it for the item. */
  closure: { ground: ClosureGround; basis: string; decidedAt: Date; recordedBy: string } | null;
  voters: PresentVoter[];
  quorum: Quorum;
}

export interface ConsoleState {
  meeting: MeetingDetail;
  roster: MeetingRoster;
  items: ConsoleItem[];
}

export function quorumAt(roster: MeetingRoster, voters: readonly PresentVoter[]): Quorum {
  return {
    needed: quorumNeeded(roster.seatCount, roster.rules),
    present: voters.length,
    refusal: quorumRefusal({
      seatCount: roster.seatCount,
      presentAndVoting: voters.length,
      rules: roster.rules,
    }),
  };
}

/** The meeting, its roster and every item with who takes part: all the console page shows. */
export async function loadConsole(db: Database, meetingId: number): Promise<ConsoleState> {
  const meeting = await loadMeeting(db, meetingId);
  const [agenda, roster, facts] = await Promise.all([
    agendaOf(db, meetingId),
    loadRoster(db, meetingId),
    db
      .selectFrom("agenda_item")
      .select([
        "id",
        "started_at",
        "withdrawn_at",
        "closure_ground",
        "closed_basis",
        "closure_decided_at",
        "closure_recorded_by",
      ])
      .where("meeting_id", "=", meetingId)
      .execute(),
  ]);
  const byId = new Map(facts.map((row) => [row.id, row]));
  const items = agenda.map((entry): ConsoleItem => {
    const row = byId.get(entry.id);
    const voters = votersAt(roster, entry.id);
    return {
      entry,
      startedAt: row?.started_at ?? null,
      withdrawn: row?.withdrawn_at != null,
      closure:
        row?.closure_ground && row.closure_decided_at && row.closure_recorded_by
          ? {
              ground: row.closure_ground,
              basis: row.closed_basis ?? "",
              decidedAt: row.closure_decided_at,
              recordedBy: row.closure_recorded_by,
            }
          : null,
      voters,
      quorum: quorumAt(roster, voters),
    };
  });
  return { meeting, roster, items };
}

export function consoleItem(state: ConsoleState, itemId: number): ConsoleItem {
  const item = state.items.find((candidate) => candidate.entry.id === itemId);
  if (!item) throw new NotFoundError();
  return item;
}
