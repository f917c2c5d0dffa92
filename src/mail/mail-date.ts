import { osloParts } from "../domain/time.ts";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/**
 * The Date header (RFC 5322 § 3.3) in Norwegian time with its offset, "Tue, 01 Dec 2026
 * 09:53:38 +0100", so a reader's client that shows the raw header shows the time of day it
 * was sent here. Day and month names are English by the standard.
 */
export function formatMailDate(at: Date): string {
  const p = osloParts(at);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMinutes = Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = Math.abs(offsetMinutes);
  const weekday = DAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return (
    `${weekday}, ${two(p.day)} ${MONTHS[p.month - 1]} ${p.year} ` +
    `${two(p.hour)}:${two(p.minute)}:${two(p.second)} ${sign}${two(Math.floor(offset / 60))}${two(offset % 60)}`
  );
}
