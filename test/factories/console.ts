import type { Database } from "../../src/db/database.ts";
import type { Meeting } from "../../src/db/schema.ts";
import { buildCase } from "./cases.ts";
import { type AgendaRow, buildPublishedMeeting, eveningIn } from "./meetings.ts";
import { buildBody, buildMember, buildParty, buildTerm } from "./registry.ts";

export interface SeatedMeeting {
  bodyId: number;
  meeting: Meeting;
  items: AgendaRow[];
  /** Party A's members and substitutes in rank order, then party B's. */
  a: { listId: number; members: number[]; substitutes: number[] };
  b: { listId: number; members: number[]; substitutes: number[] };
}

/**
 * A five-seat body of two lists, three members and two ranked substitutes from A, two members
 * and one substitute from B, and a meeting tomorrow whose notice is out with three cases.
 */
export async function buildSeatedMeeting(
  db: Database,
  options: { startsAt?: Date; isRemote?: boolean; items?: number } = {},
): Promise<SeatedMeeting> {
  const term = await buildTerm(db);
  const body = await buildBody(db, { seatCount: 5 });
  const partyA = await buildParty(db);
  const partyB = await buildParty(db);
  const seat = async (listId: number, count: number, substitutes: number) => {
    const members: number[] = [];
    for (let i = 0; i < count; i++)
      members.push(
        (
          await buildMember(db, {
            bodyId: body.id,
            termId: term.id,
            listId,
            role: i === 0 && listId === partyA.id ? "leader" : "member",
          })
        ).personId,
      );
    const ranked: number[] = [];
    for (let rank = 1; rank <= substitutes; rank++)
      ranked.push(
        (
          await buildMember(db, {
            bodyId: body.id,
            termId: term.id,
            listId,
            role: "substitute",
            substituteRank: rank,
          })
        ).personId,
      );
    return { listId, members, substitutes: ranked };
  };
  const a = await seat(partyA.id, 3, 2);
  const b = await seat(partyB.id, 2, 1);
  const caseIds: number[] = [];
  for (let i = 0; i < (options.items ?? 3); i++)
    caseIds.push((await buildCase(db, { route: [body.id] })).id);
  const { meeting, items } = await buildPublishedMeeting(db, {
    bodyId: body.id,
    startsAt: options.startsAt ?? eveningIn(1),
    isRemote: options.isRemote ?? false,
    caseIds,
  });
  return { bodyId: body.id, meeting, items, a, b };
}
