import { allow, type PolicyUser, type Rule, STAFF } from "./rules.ts";

/**
 * What the meeting and agenda rules need to know of a meeting. The secretariat serves every
 * body (docs/decisions/0006-record-policies.md), so the body matters only to members today.
 */
export interface MeetingSubject {
  bodyId: number;
  /** The notice has gone out (innkalling), so the agenda is the members' and the public's. */
  noticePublished: boolean;
}

const sitsIn = (user: PolicyUser, meeting: MeetingSubject): boolean =>
  user.seats.bodies.includes(meeting.bodyId);

const chairs = (user: PolicyUser, meeting: MeetingSubject): boolean =>
  user.seats.chairs.includes(meeting.bodyId);

export const meetingPolicy: readonly Rule<MeetingSubject>[] = [
  allow(STAFF, ["view", "create", "update", "delete"]),
  allow(["case_officer"], ["view"]),
  allow(["member"], ["view"], sitsIn),
];

export const agendaPolicy: readonly Rule<MeetingSubject>[] = [
  allow(STAFF, ["view", "create", "update", "delete"]),
  allow(["case_officer"], ["view"]),
  // Every member gets the agenda at the same moment, with the notice; the chair sees the draft
  // before, since the chair approves it.
  allow(
    ["member"],
    ["view"],
    (user, meeting) => chairs(user, meeting) || (sitsIn(user, meeting) && meeting.noticePublished),
  ),
];

/**
 * The meeting console (møtekonsoll): recording absence, substitutes, attendance, conflicts and
 * closing is the secretariat's work at the head of the table, so only staff run it.
 */
export const consolePolicy: readonly Rule<MeetingSubject>[] = [allow(STAFF, ["view", "update"])];
