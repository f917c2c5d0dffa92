import type { MeetingStatus } from "../../db/schema.ts";

/** The agenda can change until the meeting is held; after the notice, additions are tilleggssaker. */
export const agendaIsOpen = (status: MeetingStatus): boolean =>
  status === "planned" || status === "notice_published";

/** Once held, the meeting's time and body are history. */
export const isHeld = (status: MeetingStatus): boolean =>
  status === "held" || status === "minutes_approved";

export const AGENDA_CLOSED_MESSAGE =
  "Sakslisten kan ikke endres fordi møtet er holdt eller avlyst.";
