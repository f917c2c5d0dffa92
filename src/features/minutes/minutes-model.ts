/**
 * The minutes (møtebok) as one value: what the console recorded, drafted into the texts Norwegian
 * minutes use, with the secretary's changes and additions laid over the draft. The workspace
 * editor, the HTML and PDF of a published version, and each item's extract (saksprotokoll) in
 * the decision notice are all made from this value, so they say the same thing.
 *
 * A published version stores it as JSON (minutes_version.content and public_content), so every
 * field is plain data: strings, numbers, booleans, arrays and ISO timestamps.
 *
 * The public value is made by the same loader for the public audience, from what the public may
 * read: an item closed or about an exempt case keeps its public title and legal basis, its
 * treatment becomes one line saying it was treated in closed meeting, and its decision is
 * present only when the secretariat has answered that it may be (minutes_item_access).
 */
export type MinutesAudience = "members" | "public";

/** One text of the minutes: drafted from the records, perhaps edited by the secretary. */
export interface MinutesText {
  /** Names the drafted part (minutes_text.key): 'proposal:12', 'vote:7', 'note:3' … */
  key: string;
  text: string;
  /** The draft as the console's records give it now; '' for a text the secretary added. */
  drafted: string;
  /** The secretary has written this text over the draft. */
  edited: boolean;
  /** Edited, and the draft has changed since (a correction in the console). */
  stale: boolean;
  /** False for a vote's result: its counts change in the console, never only in the text. */
  editable: boolean;
}

export type MinutesParagraphKind =
  | "attendance"
  | "conflict"
  | "closure"
  | "proposal"
  | "vote"
  | "election"
  | "postponement"
  | "note";

/** One paragraph of an item's treatment (behandling), in the order things happened. */
export interface MinutesParagraph extends MinutesText {
  kind: MinutesParagraphKind;
  /** A short lead-in the minutes print above the text, e.g. «Forslag 1 fra Anne Hansen (H):». */
  heading: string;
}

export interface MinutesPerson {
  personId: number;
  name: string;
  /** The party's short name, e.g. «Ap»; '' for a member outside the parties. */
  party: string;
  /** «Leder», «Nestleder», «Medlem», or «Varamedlem» for a substitute. */
  role: string;
}

export interface MinutesAbsence extends MinutesPerson {
  /** «fra sak PS 12/2026» when the member was away from an item on; '' for the whole meeting. */
  scope: string;
}

export interface MinutesSubstitute extends MinutesPerson {
  forName: string;
  /** «hele møtet», «fra sak PS 12/2026» or «i sak PS 12/2026». */
  scope: string;
}

export interface MinutesSigner extends MinutesPerson {
  /** When the member signed this version, or null. */
  signedAt: string | null;
}

export interface MinutesItem {
  agendaItemId: number;
  /** «PS 12/2026», «RS 3/2026», or '' for Eventuelt. */
  numberLabel: string;
  title: string;
  /** The archive's case number, e.g. «2026/1234»; '' for an item without a case. */
  archiveCaseNumber: string;
  /** Closed under kl. § 11-5 or about an exempt case: the basis the minutes print. */
  exemptBasis: string | null;
  startedAt: string | null;
  /** The item was withdrawn from the agenda (trukket), with its reason. */
  withdrawnReason: string | null;
  treatment: MinutesParagraph[];
  /** The decision as adopted (vedtak), or null when none was taken or the public may not read it. */
  decision: MinutesText | null;
  /** For the public: why the decision is not shown; null when it is shown or there is none. */
  decisionWithheldBasis: string | null;
}

export interface Minutes {
  audience: MinutesAudience;
  meetingId: number;
  bodyName: string;
  /** «Møte 5/2026», or '' when the meeting has no number. */
  meetingNumberLabel: string;
  place: string;
  /** The scheduled start, when the chair opened the meeting, and when it was adjourned. */
  startsAt: string;
  openedAt: string | null;
  closedAt: string | null;
  /** Approved minutes are final; draft minutes are marked as not yet approved. */
  approved: boolean;
  present: MinutesPerson[];
  absent: MinutesAbsence[];
  substitutes: MinutesSubstitute[];
  othersPresent: MinutesText;
  noticeRemarks: MinutesText;
  agendaRemarks: MinutesText;
  chair: MinutesPerson | null;
  signers: MinutesSigner[];
  items: MinutesItem[];
}
