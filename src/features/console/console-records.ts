import type { Database } from "../../db/database.ts";
import type { ConflictBasis, ConflictRuling, SubstituteCallStatus } from "../../db/schema.ts";

/** What the console lists of what it recorded: absences with their calls, and an item's facts. */

export interface CallRecord {
  id: number;
  personId: number;
  name: string;
  status: SubstituteCallStatus;
  calledAt: Date;
}

export interface AbsenceRecord {
  id: number;
  personId: number;
  name: string;
  /** The first item the member is away for; null for the whole meeting. */
  fromPosition: number | null;
  reason: string;
  /** The member came after all; a call still open then was released. */
  withdrawnAt: Date | null;
  calls: CallRecord[];
}

const name = (row: { given_name: string; family_name: string }): string =>
  `${row.given_name} ${row.family_name}`;

async function callsBy(db: Database, meetingId: number) {
  const rows = await db
    .selectFrom("substitute_call")
    .innerJoin("person", "person.id", "substitute_call.substitute_person_id")
    .select([
      "substitute_call.id",
      "substitute_call.absence_id",
      "substitute_call.conflict_id",
      "substitute_call.substitute_person_id",
      "substitute_call.status",
      "substitute_call.called_at",
      "person.given_name",
      "person.family_name",
    ])
    .where("substitute_call.meeting_id", "=", meetingId)
    .orderBy("substitute_call.id")
    .execute();
  return rows.map((row) => ({
    absenceId: row.absence_id,
    conflictId: row.conflict_id,
    call: {
      id: row.id,
      personId: row.substitute_person_id,
      name: name(row),
      status: row.status,
      calledAt: row.called_at,
    },
  }));
}

/** The absences, withdrawn ones too, in the order reported, each with the calls made for it. */
export async function absencesOf(db: Database, meetingId: number): Promise<AbsenceRecord[]> {
  const [rows, calls] = await Promise.all([
    db
      .selectFrom("absence")
      .innerJoin("person", "person.id", "absence.person_id")
      .leftJoin("agenda_item", "agenda_item.id", "absence.from_agenda_item_id")
      .select([
        "absence.id",
        "absence.person_id",
        "absence.reason",
        "absence.withdrawn_at",
        "agenda_item.position",
        "person.given_name",
        "person.family_name",
      ])
      .where("absence.meeting_id", "=", meetingId)
      .orderBy("absence.reported_at")
      .orderBy("absence.id")
      .execute(),
    callsBy(db, meetingId),
  ]);
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    name: name(row),
    fromPosition: row.position,
    reason: row.reason,
    withdrawnAt: row.withdrawn_at,
    calls: calls.filter((c) => c.absenceId === row.id).map((c) => c.call),
  }));
}

export interface ConflictRecord {
  id: number;
  personId: number;
  name: string;
  basis: ConflictBasis;
  grounds: string;
  ruling: ConflictRuling | null;
  votesFor: number | null;
  votesAgainst: number | null;
  decidedByChair: boolean;
  calls: CallRecord[];
}

export async function conflictsOn(
  db: Database,
  meetingId: number,
  itemId: number,
): Promise<ConflictRecord[]> {
  const [rows, calls] = await Promise.all([
    db
      .selectFrom("conflict_of_interest")
      .innerJoin("person", "person.id", "conflict_of_interest.person_id")
      .selectAll("conflict_of_interest")
      .select(["person.given_name", "person.family_name"])
      .where("conflict_of_interest.agenda_item_id", "=", itemId)
      .orderBy("conflict_of_interest.declared_at")
      .orderBy("conflict_of_interest.id")
      .execute(),
    callsBy(db, meetingId),
  ]);
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    name: name(row),
    basis: row.basis,
    grounds: row.grounds,
    ruling: row.ruling,
    votesFor: row.votes_for,
    votesAgainst: row.votes_against,
    decidedByChair: row.decided_by_chair,
    calls: calls.filter((c) => c.conflictId === row.id).map((c) => c.call),
  }));
}

export interface AttendanceRecord {
  id: number;
  name: string;
  kind: "arrived" | "left";
  at: Date;
}

/** The arrivals and departures recorded at the item. */
export async function attendanceAt(db: Database, itemId: number): Promise<AttendanceRecord[]> {
  const rows = await db
    .selectFrom("attendance_event")
    .innerJoin("person", "person.id", "attendance_event.person_id")
    .select([
      "attendance_event.id",
      "attendance_event.kind",
      "attendance_event.at",
      "person.given_name",
      "person.family_name",
    ])
    .where("attendance_event.agenda_item_id", "=", itemId)
    .orderBy("attendance_event.id")
    .execute();
  return rows.flatMap((row) =>
    row.kind === "present" ? [] : [{ id: row.id, name: name(row), kind: row.kind, at: row.at }],
  );
}
