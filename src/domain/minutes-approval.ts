/**
 * When the minutes (protokoll) of a meeting are approved, and who may sign them.
 *
 * The minutes are approved in one of two ways (kl. § 11-4 leaves the form to the body's rules):
 * by the members chosen to sign, each signing electronically in their own login, once all of
 * them have signed the same published version; or by the body itself deciding the item
 * «Godkjenning av protokoll» at a later meeting. A signature belongs to the version the member
 * read, so a new draft needs everyone's signature again. Approved minutes are final: a change
 * after that is a correction with its reason, never an overwrite.
 */

export type MinutesApprovalMethod = "signatures" | "meeting";
export type MinutesVersionKind = "draft" | "final" | "correction";

export interface PublishedMinutesVersion {
  id: number;
  version: number;
  kind: MinutesVersionKind;
}

export interface SigningState {
  approval: MinutesApprovalMethod;
  approved: boolean;
  /** The persons chosen to sign (minutes_signer). */
  signerPersonIds: readonly number[];
  /** The newest published version of the minutes, or null before any is published. */
  latest: PublishedMinutesVersion | null;
  /** The persons who have signed the latest version. */
  signedLatest: readonly number[];
}

/** Why the person may not sign the version they read; null when they may. */
export function signingRefusal(
  state: SigningState,
  { personId, versionId }: { personId: number; versionId: number },
): string | null {
  if (state.approved) return "Protokollen er allerede godkjent.";
  if (state.approval === "meeting")
    return "Denne protokollen godkjennes av utvalget i et senere møte, ikke ved signering.";
  if (!state.signerPersonIds.includes(personId))
    return "Du er ikke valgt til å signere denne protokollen.";
  if (state.latest === null || state.latest.kind !== "draft")
    return "Protokollen er ikke lagt fram for signering ennå.";
  if (state.latest.id !== versionId)
    return "Det er kommet en nyere versjon av protokollen. Les den nye versjonen før du signerer.";
  if (state.signedLatest.includes(personId)) return "Du har allerede signert protokollen.";
  return null;
}

/** All chosen signers have signed the same version: the minutes are approved. */
export function approvedBySignatures({
  signerPersonIds,
  signedPersonIds,
}: {
  signerPersonIds: readonly number[];
  signedPersonIds: readonly number[];
}): boolean {
  return signerPersonIds.length > 0 && signerPersonIds.every((id) => signedPersonIds.includes(id));
}

/** The signers still to sign the latest version, in the order they were chosen. */
export function unsignedSigners<T extends { personId: number }>(
  signers: readonly T[],
  signedPersonIds: readonly number[],
): T[] {
  return signers.filter((signer) => !signedPersonIds.includes(signer.personId));
}

export const CORRECTION_REASON_MAX = 2000;

/** Why the minutes may not be corrected with this reason; null when they may. */
export function correctionRefusal({
  approved,
  reason,
}: {
  approved: boolean;
  reason: string;
}): { field: "form" | "reason"; message: string } | null {
  if (!approved)
    return {
      field: "form",
      message: "Protokollen er ikke godkjent ennå, så den rettes i utkastet, ikke som en retting.",
    };
  if (reason.trim() === "")
    return { field: "reason", message: "Skriv hvorfor protokollen rettes." };
  if (reason.length > CORRECTION_REASON_MAX)
    return {
      field: "reason",
      message: `Begrunnelsen kan ha høyst ${CORRECTION_REASON_MAX.toLocaleString("nb-NO")} tegn.`,
    };
  return null;
}

/** An earlier meeting of the body, held, its minutes approved or not. */
export interface MinutesCandidate {
  meetingId: number;
  /** The meeting's day in Norway, YYYY-MM-DD. */
  day: string;
  /** The meeting's number in the body's series, e.g. 4 and 2026 for «møte 4/2026». */
  seriesNumber: number | null;
  seriesYear: number | null;
  approved: boolean;
}

const MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];

const isoDay = (year: string, month: number, day: string): string =>
  `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;

/** The days a text names, as «12.11.2026» or «12. november 2026». */
function namedDays(text: string): string[] {
  const days: string[] = [];
  for (const match of text.matchAll(/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g))
    days.push(isoDay(match[3] ?? "", Number(match[2]), match[1] ?? ""));
  for (const match of text.matchAll(/\b(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})\b/gi)) {
    const month = MONTHS.indexOf((match[2] ?? "").toLowerCase());
    if (month >= 0) days.push(isoDay(match[3] ?? "", month + 1, match[1] ?? ""));
  }
  return days;
}

/** The meeting numbers a text names, as «møte 4/2026» or «møte nr. 4/2026». */
function namedNumbers(text: string): Array<{ number: number; year: number }> {
  return [...text.matchAll(/møte\s+(?:nr\.?\s*)?(\d{1,3})\s*\/\s*(\d{4})\b/gi)].map((match) => ({
    number: Number(match[1]),
    year: Number(match[2]),
  }));
}

export type NamedMinutes =
  | { kind: "approve"; meetingId: number }
  /** The named minutes are approved already, or the item names none and none are waiting. */
  | { kind: "nothing" }
  | { kind: "refused"; message: string };

/**
 * Which earlier meeting's minutes an item «Godkjenning av protokoll» approves: the item names
 * the meeting by its date or its number, as the agenda prints it («Protokoll fra møte
 * 12.11.2026»). A decision never approves minutes nobody pointed at: while minutes wait for
 * approval, the item must name exactly one meeting.
 */
export function namedMinutesMeeting(
  texts: readonly string[],
  candidates: readonly MinutesCandidate[],
): NamedMinutes {
  const text = texts.join("\n");
  const days = namedDays(text);
  const numbers = namedNumbers(text);
  const named = candidates.filter(
    (candidate) =>
      days.includes(candidate.day) ||
      numbers.some((n) => n.number === candidate.seriesNumber && n.year === candidate.seriesYear),
  );
  const waiting = named.filter((candidate) => !candidate.approved);
  const [only, ...more] = waiting;
  if (only && more.length === 0) return { kind: "approve", meetingId: only.meetingId };
  if (only)
    return {
      kind: "refused",
      message:
        "Teksten nevner flere møter med protokoll som ikke er godkjent. Skriv møtenummeret, for eksempel «møte 4/2026».",
    };
  if (named.length > 0 || candidates.every((candidate) => candidate.approved))
    return { kind: "nothing" };
  return {
    kind: "refused",
    message:
      "Skriv i saken hvilket møte protokollen er fra, med dato (for eksempel «Protokoll fra møte 12.11.2026») eller møtenummer («møte 4/2026»).",
  };
}
