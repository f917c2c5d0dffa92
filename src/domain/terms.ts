/** The term that holds the day, or else the latest that has begun, or else the first. */
export function currentTerm<T extends { startsOn: string; endsOn: string }>(
  terms: readonly T[],
  today: string,
): T | null {
  const byStart = [...terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    byStart.find((term) => term.startsOn <= today && today <= term.endsOn) ??
    byStart.filter((term) => term.startsOn <= today).at(-1) ??
    byStart[0] ??
    null
  );
}

/**
 * Municipal elections are held every four years (2023, 2027 …) and the new council's term
 * (valgperiode) runs from 1 October of the election year to 30 September four years later.
 */
export interface ElectionTerm {
  name: string;
  startsOn: string;
  endsOn: string;
}

const ELECTION_YEAR = 2023;

/** The election term that holds the day ("YYYY-MM-DD"). */
export function electionTermOn(day: string): ElectionTerm {
  const year = Number(day.slice(0, 4));
  const termYear = day.slice(5) >= "10-01" ? year : year - 1;
  return electionTermFrom(ELECTION_YEAR + Math.floor((termYear - ELECTION_YEAR) / 4) * 4);
}

/** The term that starts in the autumn of an election year. */
export function electionTermFrom(startYear: number): ElectionTerm {
  return {
    name: `${startYear}–${startYear + 4}`,
    startsOn: `${startYear}-10-01`,
    endsOn: `${startYear + 4}-09-30`,
  };
}
