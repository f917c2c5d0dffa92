/**
 * Statutory minimums as defaults; a municipality's rules of procedure (reglement) may set
 * stricter numbers per body in body.settings.
 */
export interface BodyRules {
  /** Days between the notice and the meeting that the local rules ask for. */
  noticeDays: number;
}

export const DEFAULT_RULES: BodyRules = { noticeDays: 7 };

export function bodyRules(settings: Record<string, unknown>): BodyRules {
  const noticeDays = settings.noticeDays;
  return {
    noticeDays:
      typeof noticeDays === "number" && Number.isInteger(noticeDays) && noticeDays >= 0
        ? noticeDays
        : DEFAULT_RULES.noticeDays,
  };
}

/** Quorum (kl. § 11-9): at least half the members with a vote are present. */
export function hasQuorum(seatCount: number, presentWithVote: number): boolean {
  return presentWithVote * 2 >= seatCount;
}
