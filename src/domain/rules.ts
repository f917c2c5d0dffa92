/**
 * Statutory minimums as defaults; a municipality's rules of procedure (reglement) may set
 * stricter numbers per body in body.settings.
 */
export interface BodyRules {
  /** Days between the notice and the meeting that the local rules ask for. */
  noticeDays: number;
  /**
   * The share of the seats with a vote, in percent, that must be present and voting for the
   * body to decide (kl. § 11-9 første ledd: at least half). Local rules may ask for more, never
   * for less.
   */
  quorumPercent: number;
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

export const STATUTORY_QUORUM_PERCENT = 50;

export const DEFAULT_RULES: BodyRules = {
  noticeDays: 7,
  quorumPercent: STATUTORY_QUORUM_PERCENT,
  speechMinutes: null,
  replyMinutes: null,
  answerMinutes: null,
  repliesPerSpeech: null,
  votesByName: false,
  videoStreamUrl: null,
};

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

const wholeOrNull = (value: unknown, min: number): number | null =>
  isWhole(value, min, Number.MAX_SAFE_INTEGER) ? value : null;

/** Only an http(s) address is a stream the portal may link to. */
export function streamUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function bodyRules(settings: Record<string, unknown>): BodyRules {
  const { noticeDays, quorumPercent } = settings;
  return {
    noticeDays: isWhole(noticeDays, 0, Number.MAX_SAFE_INTEGER)
      ? noticeDays
      : DEFAULT_RULES.noticeDays,
    quorumPercent: isWhole(quorumPercent, STATUTORY_QUORUM_PERCENT, 100)
      ? quorumPercent
      : DEFAULT_RULES.quorumPercent,
    speechMinutes: wholeOrNull(settings.speechMinutes, 1),
    replyMinutes: wholeOrNull(settings.replyMinutes, 1),
    answerMinutes: wholeOrNull(settings.answerMinutes, 1),
    repliesPerSpeech: wholeOrNull(settings.repliesPerSpeech, 0),
    votesByName: settings.votesByName === true,
    videoStreamUrl: streamUrl(settings.videoStreamUrl),
  };
}

/** How many must be present and voting for the body to decide. */
export function quorumNeeded(seatCount: number, rules: BodyRules = DEFAULT_RULES): number {
  return Math.ceil((seatCount * rules.quorumPercent) / 100);
}

/** Quorum (kl. § 11-9 første ledd): at least half the members with a vote are present and voting. */
export function hasQuorum(
  seatCount: number,
  presentWithVote: number,
  rules: BodyRules = DEFAULT_RULES,
): boolean {
  return presentWithVote >= quorumNeeded(seatCount, rules);
}

/**
 * Why the body may not decide now, in the words the console shows; null when it may. A vote,
 * and a ruling on a conflict of interest, is refused with this reason.
 */
export function quorumRefusal({
  seatCount,
  presentAndVoting,
  rules = DEFAULT_RULES,
}: {
  seatCount: number;
  presentAndVoting: number;
  rules?: BodyRules;
}): string | null {
  if (hasQuorum(seatCount, presentAndVoting, rules)) return null;
  const needed = quorumNeeded(seatCount, rules);
  const statute = rules.quorumPercent === STATUTORY_QUORUM_PERCENT;
  return (
    `Utvalget er ikke vedtaksført: ${presentAndVoting} av ${seatCount} medlemmer er til stede og stemmer, ` +
    `og minst ${needed} må være det (${statute ? "kl. § 11-9 første ledd" : "utvalgets reglement, jf. kl. § 11-9"}).`
  );
}
