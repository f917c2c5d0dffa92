/**
 * Statutory minimums as defaults; a municipality's rules of procedure (reglement) may set
 * stricter numbers per body in body.settings.
 */
export interface BodyRules {
  /** Days between the notice and the meeting that the local rules ask for. */
  noticeDays: number;
  /**
   * Speaking limits in minutes, or null for none: kommuneloven sets none, so only the body's
   * rules of procedure limit a speech (innlegg), a reply (replikk) and the answer to one.
   */
  speechMinutes: number | null;
  replyMinutes: number | null;
  answerMinutes: number | null;
  /** Replies allowed to one speech; null for no limit. */
  repliesPerSpeech: number | null;
  /**
   * Whether votes are recorded by name (each member's vote) and not only as counts per
   * party. The law asks the minutes for the parties (kl. § 11-4), so names are a local choice.
   */
  votesByName: boolean;
  /** The address of the meeting's video stream, shown on the live page; null for none. */
  videoStreamUrl: string | null;
}

export const DEFAULT_RULES: BodyRules = {
  noticeDays: 7,
  speechMinutes: null,
  replyMinutes: null,
  answerMinutes: null,
  repliesPerSpeech: null,
  votesByName: false,
  videoStreamUrl: null,
};

const wholeOrNull = (value: unknown, least: number): number | null =>
  typeof value === "number" && Number.isInteger(value) && value >= least ? value : null;

/** Only an http(s) address is a stream the portal may link to. */
function streamUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function bodyRules(settings: Record<string, unknown>): BodyRules {
  return {
    noticeDays: wholeOrNull(settings.noticeDays, 0) ?? DEFAULT_RULES.noticeDays,
    speechMinutes: wholeOrNull(settings.speechMinutes, 1),
    replyMinutes: wholeOrNull(settings.replyMinutes, 1),
    answerMinutes: wholeOrNull(settings.answerMinutes, 1),
    repliesPerSpeech: wholeOrNull(settings.repliesPerSpeech, 0),
    votesByName: settings.votesByName === true,
    videoStreamUrl: streamUrl(settings.videoStreamUrl),
  };
}

/** Quorum (kl. § 11-9): at least half the members with a vote are present. */
export function hasQuorum(seatCount: number, presentWithVote: number): boolean {
  return presentWithVote * 2 >= seatCount;
}
