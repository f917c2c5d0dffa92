import type { MeetingStatus } from "../../db/schema.ts";
import type { MeetingSubject } from "../../policies/policy.ts";

/** The agenda can change until the meeting is held; after the notice, additions are tilleggssaker. */
export const agendaIsOpen = (status: MeetingStatus): boolean =>
  status === "planned" || status === "notice_published";

/** Once held, the meeting's time and body are history. */
export const isHeld = (status: MeetingStatus): boolean =>
  status === "held" || status === "minutes_approved";

export const AGENDA_CLOSED_MESSAGE =
  "Sakslisten kan ikke endres fordi møtet er holdt eller avlyst.";

/**
 * The notice has gone out, so the agenda is the members' and the public's; a cancelled meeting
 * keeps the notice it had. The portal's SQL twin is agendaPublished in portal/queries.ts.
 */
export const noticeIsPublished = (meeting: {
  status: MeetingStatus;
  notice_published_at: Date | null;
}): boolean =>
  meeting.status === "notice_published" ||
  isHeld(meeting.status) ||
  meeting.notice_published_at !== null;

/** What the meeting and agenda policies read of a meeting row. */
export const meetingSubject = (meeting: {
  body_id: number;
  status: MeetingStatus;
  notice_published_at: Date | null;
}): MeetingSubject => ({ bodyId: meeting.body_id, noticePublished: noticeIsPublished(meeting) });
