import type { CaseType, LetterDirection, MeetingStatus } from "../db/schema.ts";

/** The domain's words in bokmål, the same on the portal and in the workspace. */

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  PS: "Politisk sak",
  RS: "Referatsak",
  OS: "Orienteringssak",
  FO: "Interpellasjon",
  SP: "Spørsmål",
  DS: "Delegert vedtak",
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: "Planlagt",
  notice_published: "Innkalling sendt",
  held: "Avholdt",
  minutes_approved: "Protokoll godkjent",
  cancelled: "Avlyst",
};

/** How a letter on a referatsak is listed: who it came from, or went to. */
export const LETTER_DIRECTION_LABELS: Record<LetterDirection, string> = {
  incoming: "Inngående",
  outgoing: "Utgående",
  internal: "Internt notat eller vedtak",
};

/**
 * The sections of a case presentation (saksframlegg), named once so the workspace's form, the
 * portal's case page and the PDF call each section the same.
 */
export const PRESENTATION_SECTION_LABELS = {
  summary: "Sammendrag",
  facts: "Saksopplysninger",
  assessment: "Vurdering",
  recommendation: "Kommunedirektørens innstilling",
} as const;
