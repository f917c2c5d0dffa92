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
