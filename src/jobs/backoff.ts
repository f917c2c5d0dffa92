/**
 * How long a failed job waits before its next attempt: 10 s after the first failure, doubling
 * each time, at most an hour. A mail server that is down for a while is then tried a few
 * times a minute at first and seldom later, and ten attempts span well over an hour.
 */
export function retryDelayMs(failedAttempts: number): number {
  const base = 10_000;
  const cap = 3_600_000;
  return Math.min(cap, base * 2 ** Math.max(0, failedAttempts - 1));
}
