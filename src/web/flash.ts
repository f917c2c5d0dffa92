import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * The confirmations a form may leave for the page it redirects to (Post/Redirect/Get). The
 * cookie carries only a key, so the page shows one of these fixed texts and never what was
 * sent; a key not here is ignored.
 */
export const FLASH_MESSAGES = {
  saved: "Endringene er lagret.",
  meetingCreated: "Møtet er opprettet.",
  meetingUpdated: "Møtet er endret.",
  meetingCancelled: "Møtet er avlyst.",
  meetingHeld: "Møtet er ført som holdt.",
  meetingNumberSet: "Møtenummeret er lagret.",
  publicationRequested:
    "Sakspapirene lages nå. Når alle er ferdige, blir de synlige for alle på én gang og medlemmene får e-post.",
  agendaItemWithdrawn: "Saken er trukket. Send oppdatert innkalling for å varsle medlemmene.",
  minutesApproved: "Protokollen er godkjent.",
  minutesSigned: "Du har signert protokollen.",
  minutesCorrected: "Den rettede versjonen av protokollen lages nå.",
  minutesVersionRequested:
    "Protokollen lages nå som PDF. Når den er ferdig, blir den synlig for medlemmene og publikum på én gang.",
  agendaItemAdded: "Saken er lagt til i sakslisten.",
  agendaEntryAdded: "Punktet er lagt til i sakslisten.",
  agendaItemMoved: "Rekkefølgen i sakslisten er endret.",
  agendaItemRemoved: "Saken er tatt ut av sakslisten.",
  agendaItemUpdated: "Punktet i sakslisten er lagret.",
  agendaLetterAdded: "Brevet er lagt til under referatsaken.",
  agendaLetterRemoved: "Brevet er tatt ut av referatsaken.",
  decisionRecorded: "Vedtaket er ført i protokollen.",
  decisionWithdrawn: "Vedtaket er tatt ut av protokollen.",
  caseSaved: "Saken er lagret.",
  routeChanged: "Saksgangen er endret.",
  jobRetried: "Jobben er satt i kø igjen.",
  passwordChanged: "Passordet er byttet. Er du logget inn på andre enheter, er du logget ut der.",
  attachmentSaved: "Vedlegget er lagret.",
  attachmentsSaved: "Vedleggene er lagret.",
} as const;

export type FlashKey = keyof typeof FLASH_MESSAGES;

export const FLASH_COOKIE = "fs_flash";

/** Long enough for the redirect to be followed, short enough not to surface on a later visit. */
const FLASH_MAX_AGE_S = 60;

function isFlashKey(value: string): value is FlashKey {
  return Object.hasOwn(FLASH_MESSAGES, value);
}

/** Sends the browser on after a change, leaving a confirmation for the next page it shows. */
export function redirectWithFlash(reply: FastifyReply, url: string, key: FlashKey): FastifyReply {
  reply.setCookie(FLASH_COOKIE, key, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: reply.server.config.secureCookies,
    maxAge: FLASH_MAX_AGE_S,
  });
  return reply.redirect(url, 303);
}

/** The confirmation waiting for this request, as its fixed text. */
export function flashMessage(request: FastifyRequest): string | null {
  const key = request.cookies[FLASH_COOKIE];
  return key !== undefined && isFlashKey(key) ? FLASH_MESSAGES[key] : null;
}

/** A page that shows the confirmation drops it, so a reload or the next page does not repeat it. */
export function dropFlash(request: FastifyRequest, reply: FastifyReply): void {
  if (request.cookies[FLASH_COOKIE] === undefined) return;
  reply.clearCookie(FLASH_COOKIE, { path: "/" });
}
