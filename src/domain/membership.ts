import type { BodyKind, MembershipRole } from "../db/schema.ts";

export interface MembershipPeriod {
  startsOn: string;
  endsOn: string | null;
}

/** A membership holds on a day when the day is within [startsOn, endsOn], both inclusive. */
export function isMembershipValidOn(period: MembershipPeriod, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || day <= period.endsOn);
}

export const ROLE_LABELS: Record<MembershipRole, string> = {
  leader: "Leder",
  deputy_leader: "Nestleder",
  member: "Medlem",
  substitute: "Varamedlem",
  observer: "Observatør",
};

/**
 * The mayor (ordfører) leads both the council and the executive committee (kl. § 6-1 and
 * § 5-6), so their leader and deputy are called ordfører and varaordfører.
 */
export const ledByMayor = (kind: BodyKind): boolean =>
  kind === "council" || kind === "executive_committee";

export function roleLabel(role: MembershipRole, bodyKind: BodyKind): string {
  if (ledByMayor(bodyKind) && role === "leader") return "Ordfører";
  if (ledByMayor(bodyKind) && role === "deputy_leader") return "Varaordfører";
  return ROLE_LABELS[role];
}

export interface PeriodError {
  field: "startsOn" | "endsOn";
  message: string;
}

/** Checks a membership's dates against its term; messages are for the secretariat, in bokmål. */
export function checkMembershipPeriod(
  period: MembershipPeriod,
  term: { startsOn: string; endsOn: string },
): PeriodError[] {
  const errors: PeriodError[] = [];
  if (period.startsOn < term.startsOn || period.startsOn > term.endsOn)
    errors.push({ field: "startsOn", message: "Startdatoen må ligge innenfor valgperioden." });
  if (period.endsOn !== null) {
    if (period.endsOn < period.startsOn)
      errors.push({ field: "endsOn", message: "Sluttdatoen kan ikke være før startdatoen." });
    else if (period.endsOn > term.endsOn)
      errors.push({ field: "endsOn", message: "Sluttdatoen må ligge innenfor valgperioden." });
  }
  return errors;
}
