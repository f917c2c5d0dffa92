import type { Database } from "../../src/db/database.ts";
import type { Meeting } from "../../src/db/schema.ts";
import { addDays, osloDateTime, osloDay } from "../../src/domain/time.ts";
import {
  type AgendaEntryInput,
  addAgendaEntry,
} from "../../src/features/meetings/add-agenda-entry.ts";
import { addAgendaItem } from "../../src/features/meetings/add-agenda-item.ts";
import {
  addAgendaLetter,
  type LetterInput,
} from "../../src/features/meetings/add-agenda-letter.ts";
import { lockMeeting } from "../../src/features/meetings/agenda-store.ts";
import { createMeeting } from "../../src/features/meetings/create-meeting.ts";
import { holdMeeting } from "../../src/features/meetings/hold-meeting.ts";
import { publishNotice } from "../../src/features/meetings/publish-notice.ts";
import { recordDecision } from "../../src/features/meetings/record-decision.ts";
import { approveMinutes } from "../../src/features/minutes/approve-minutes.ts";
import { buildCase } from "./cases.ts";
import { requestPublishedVersion } from "./minutes.ts";
import { commitOrThrow, nextSequence, TEST_ACTOR } from "./run.ts";

const HOUR_MS = 3_600_000;

/** 18:00 in Norway, `days` days from today (negative for the past). */
export const eveningIn = (days: number): Date =>
  osloDateTime(addDays(osloDay(new Date()), days), "18:00");

export interface MeetingOptions {
  bodyId: number;
  /** By default 18:00 a month from today. */
  startsAt?: Date;
  /** By default three hours after the start; null for none. */
  endsAt?: Date | null;
  location?: string;
  room?: string;
  isRemote?: boolean;
  /** When the meeting is planned; by default now. */
  now?: Date;
}

async function loadMeeting(db: Database, meetingId: number): Promise<Meeting> {
  return db.selectFrom("meeting").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
}

/** A planned meeting with an empty agenda. */
export async function buildMeeting(db: Database, options: MeetingOptions): Promise<Meeting> {
  const startsAt = options.startsAt ?? eveningIn(30);
  const endsAt =
    options.endsAt === undefined ? new Date(startsAt.getTime() + 3 * HOUR_MS) : options.endsAt;
  const { meetingId } = await commitOrThrow(db, (tx) =>
    createMeeting({
      actor: TEST_ACTOR,
      input: {
        bodyId: options.bodyId,
        startsAt,
        endsAt,
        location: options.location ?? "Rådhuset",
        room: options.room ?? "Formannskapssalen",
        isRemote: options.isRemote ?? false,
      },
      now: options.now,
      tx,
    }),
  );
  return loadMeeting(db, meetingId);
}

/** Puts a case last on the agenda, as the secretariat does; after the notice it is a tilleggssak. */
export async function buildAgendaItem(
  db: Database,
  options: { meetingId: number; caseId: number; now?: Date },
): Promise<{ itemId: number }> {
  return commitOrThrow(db, async (tx) =>
    addAgendaItem({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, options.meetingId),
      caseId: options.caseId,
      now: options.now,
      tx,
    }),
  );
}

/** An item without a case (approval, orientation, referatsaker, Eventuelt) last on the agenda. */
export async function buildAgendaEntry(
  db: Database,
  options: { meetingId: number; now?: Date } & Partial<AgendaEntryInput> &
    Pick<AgendaEntryInput, "kind">,
): Promise<{ itemId: number }> {
  return commitOrThrow(db, async (tx) =>
    addAgendaEntry({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, options.meetingId),
      entry: {
        kind: options.kind,
        title: options.title ?? "",
        text: options.text ?? "",
        presenter: options.presenter ?? (options.kind === "orientation" ? "Kommunedirektøren" : ""),
      },
      now: options.now,
      tx,
    }),
  );
}

/** A letter last under a referatsak; public unless given an exemption basis. */
export async function buildAgendaLetter(
  db: Database,
  options: { meetingId: number; itemId: number } & Partial<LetterInput>,
): Promise<{ letterId: number }> {
  return commitOrThrow(db, async (tx) =>
    addAgendaLetter({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, options.meetingId),
      itemId: options.itemId,
      letter: {
        direction: options.direction ?? "incoming",
        correspondent: options.correspondent ?? "Statsforvalteren i Innlandet",
        letterDate: options.letterDate ?? "2026-10-02",
        title: options.title ?? "Tilsyn med kommunens beredskapsarbeid",
        journalReference: options.journalReference ?? `2026/${nextSequence()}-1`,
        exemptionBasis: options.exemptionBasis ?? null,
      },
      tx,
    }),
  );
}

export interface PublishedMeetingOptions extends MeetingOptions {
  /** Cases for the agenda, in order; by default one new case routed to the body. */
  caseIds?: number[];
  /** When the notice goes out; by default now. */
  noticeAt?: Date;
}

export interface AgendaRow {
  id: number;
  /** Null for an item without a case. */
  caseId: number | null;
  position: number;
  seriesYear: number | null;
  seriesNumber: number | null;
}

export interface BuiltMeeting {
  meeting: Meeting;
  items: AgendaRow[];
}

async function agendaRows(db: Database, meetingId: number): Promise<AgendaRow[]> {
  const rows = await db
    .selectFrom("agenda_item")
    .select(["id", "case_id", "position", "series_year", "series_number"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    position: row.position,
    seriesYear: row.series_year,
    seriesNumber: row.series_number,
  }));
}

/** A meeting whose agenda is built and whose notice is out, so its items are numbered. */
export async function buildPublishedMeeting(
  db: Database,
  options: PublishedMeetingOptions,
): Promise<BuiltMeeting> {
  const noticeAt = options.noticeAt ?? new Date();
  const now = options.now ?? noticeAt;
  const meeting = await buildMeeting(db, { ...options, now });
  const caseIds = options.caseIds ?? [(await buildCase(db, { route: [options.bodyId], now })).id];
  for (const caseId of caseIds) await buildAgendaItem(db, { meetingId: meeting.id, caseId, now });
  await commitOrThrow(db, async (tx) =>
    publishNotice({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meeting.id),
      now: noticeAt,
      tx,
    }),
  );
  return { meeting: await loadMeeting(db, meeting.id), items: await agendaRows(db, meeting.id) };
}

export interface HeldMeetingOptions extends PublishedMeetingOptions {
  /** The decision on each item in agenda order; by default each case's recommendation. */
  decisions?: string[];
  minutesApproved?: boolean;
}

/**
 * A meeting in the past, replayed in order: notice ten days before, held, each item decided
 * during the meeting, and the minutes approved when asked. Starts a fortnight ago by default.
 */
export async function buildHeldMeeting(
  db: Database,
  options: HeldMeetingOptions,
): Promise<BuiltMeeting> {
  const startsAt = options.startsAt ?? eveningIn(-14);
  const endsAt = options.endsAt ?? new Date(startsAt.getTime() + 3 * HOUR_MS);
  const { meeting, items } = await buildPublishedMeeting(db, {
    ...options,
    startsAt,
    endsAt,
    noticeAt: options.noticeAt ?? new Date(startsAt.getTime() - 10 * 24 * HOUR_MS),
  });
  const recordedAt = new Date(endsAt.getTime() + HOUR_MS);
  await commitOrThrow(db, async (tx) =>
    holdMeeting({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meeting.id),
      endsAt,
      now: recordedAt,
      tx,
    }),
  );
  const recommendations = await db
    .selectFrom("case")
    .select(["id", "recommendation"])
    .where(
      "id",
      "in",
      items.flatMap((item) => (item.caseId === null ? [] : [item.caseId])),
    )
    .execute();
  const recommendationOf = new Map(recommendations.map((row) => [row.id, row.recommendation]));
  for (const [index, item] of items.entries()) {
    const decision =
      options.decisions?.[index] ??
      (item.caseId === null ? undefined : recommendationOf.get(item.caseId)) ??
      "Tatt til orientering.";
    await commitOrThrow(db, async (tx) =>
      recordDecision({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        itemId: item.id,
        decision,
        decidedAt: new Date(startsAt.getTime() + (index + 1) * 60_000),
        now: recordedAt,
        tx,
      }),
    );
  }
  // Approved as the last signature approves them, with the final version published at once.
  if (options.minutesApproved)
    await commitOrThrow(db, async (tx) =>
      approveMinutes({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        agendaItemId: null,
        now: recordedAt,
        tx,
        requestVersion: requestPublishedVersion,
      }),
    );
  return { meeting: await loadMeeting(db, meeting.id), items: await agendaRows(db, meeting.id) };
}
