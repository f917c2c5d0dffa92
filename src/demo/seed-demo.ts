import { createHash } from "node:crypto";
import type { Database } from "../db/database.ts";
import type { AccessStatus, CaseType, MeetingStatus, MembershipRole } from "../db/schema.ts";
import {
  BODIES,
  type BodyData,
  CASE_OFFICERS,
  CASE_TEMPLATES,
  type CaseTemplate,
  CLOSED_BASIS,
  COUNCIL_SEATS,
  EXEMPT_CASES,
  EXEMPTION_BASIS,
  FAMILY_NAMES,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  JOINT_LIST,
  MUNICIPALITY,
  PARTIES,
  REFERENCE_ITEMS,
  REMOTE_LOCATION,
} from "./demo-data.ts";

export { EXEMPT_SECRETS } from "./demo-data.ts";

export interface DemoBlob {
  sha256: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface DemoCounts {
  terms: number;
  parties: number;
  persons: number;
  bodies: number;
  memberships: number;
  meetings: number;
  cases: number;
  routeSteps: number;
  agendaItems: number;
  numberSeries: number;
  documents: number;
  blobs: number;
}

export interface DemoSummary {
  municipalityId: number;
  counts: DemoCounts;
  /** The presentation texts; the caller writes them to the blob store. */
  blobs: DemoBlob[];
}

// ---------------------------------------------------------------------------------------------
// Helpers shared with generate-large.ts: a seeded PRNG and Europe/Oslo calendar arithmetic.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** mulberry32: a small deterministic PRNG returning numbers in [0, 1). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Day of month of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Is Europe/Oslo on summer time (CEST) at this instant? EU rule: last Sunday March–October, 01:00 UTC. */
function isOsloSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMs >= start && utcMs < end;
}

/** The instant of a local Europe/Oslo wall-clock time (month 1–12). */
export function osloTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const asWinter = Date.UTC(year, month - 1, day, hour - 1, minute);
  const offset = isOsloSummerTime(asWinter) ? 2 : 1;
  return new Date(Date.UTC(year, month - 1, day, hour - offset, minute));
}

/** Local Europe/Oslo calendar parts of an instant. */
export function osloParts(date: Date): { year: number; month: number; day: number; hour: number } {
  const ms = date.getTime();
  const local = new Date(ms + (isOsloSummerTime(ms) ? 2 : 1) * HOUR_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "YYYY-MM-DD" of the local Oslo day of an instant. */
export function osloDate(date: Date): string {
  const p = osloParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "dd.mm.yyyy" as Norwegian documents write it. */
function norwegianDate(date: Date): string {
  const p = osloParts(date);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
}

function addDaysToDate(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return new Date(d.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of month of the n-th weekday (0 = Sunday) in a month (1–12). */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** The four-year term (starting 1 October 2023 + 4k) that contains the instant. */
export function termStartYear(date: Date): number {
  const p = osloParts(date);
  const year = p.month >= 10 ? p.year : p.year - 1;
  return 2023 + Math.floor((year - 2023) / 4) * 4;
}

export function termName(startYear: number): string {
  return `${startYear}–${startYear + 4}`;
}

/** Seats per list by the d'Hondt method; ties go to the larger list. */
export function dhondt(
  lists: readonly { list: string; votes: number }[],
  seats: number,
): Map<string, number> {
  const result = new Map<string, number>(lists.map((l) => [l.list, 0]));
  for (let seat = 0; seat < seats; seat++) {
    let best: { list: string; votes: number } | undefined;
    let bestQuotient = -1;
    for (const l of lists) {
      const quotient = l.votes / ((result.get(l.list) ?? 0) + 1);
      if (quotient > bestQuotient || (quotient === bestQuotient && best && l.votes > best.votes)) {
        best = l;
        bestQuotient = quotient;
      }
    }
    if (!best) break;
    result.set(best.list, (result.get(best.list) ?? 0) + 1);
  }
  return result;
}

/** ASCII e-mail local part from a Norwegian name: "Bjørn Åsmund Sæther" → "bjorn.asmund.saether". */
export function emailLocalPart(...names: string[]): string {
  return names
    .join(" ")
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
}

// ---------------------------------------------------------------------------------------------
// The plan: everything is computed in memory first, then inserted in a few batched statements.

interface PlannedPerson {
  given: string;
  family: string;
  email: string;
  party: string | null;
  female: boolean;
}

interface PlannedMembership {
  body: string;
  term: "current" | "previous";
  person: PlannedPerson;
  role: MembershipRole;
  list: string | null;
  rank: number | null;
  hasVote: boolean;
  startsOn: string;
  endsOn: string | null;
}

interface PlannedMeeting {
  body: BodyData;
  startsAt: Date;
  endsAt: Date | null;
  status: MeetingStatus;
  noticeAt: Date | null;
  isRemote: boolean;
  location: string;
  updatedAt: Date;
  items: PlannedItem[];
}

interface PlannedCase {
  order: number;
  title: string;
  type: CaseType;
  unit: string;
  officer: string;
  summary: string;
  recommendation: string;
  access: AccessStatus;
  publicTitle: string | null;
  route: PlannedMeeting[];
  /** Item order in a meeting: routine items first, closed items last. */
  group: number;
  createdAt: Date;
  updatedAt: Date;
  archiveNumber: string;
  id?: number;
}

interface PlannedItem {
  case: PlannedCase;
  step: number;
  position: number;
  seriesYear: number | null;
  seriesNumber: number | null;
  decision: string | null;
  decidedAt: Date | null;
}

const TYPE_GROUP: Record<CaseType, number> = { RS: 1, DS: 2, PS: 3, OS: 4, IP: 5, SP: 6 };

class PersonFactory {
  private readonly rng = createRng(20_231_001);
  private readonly names = new Set<string>();
  private readonly emails = new Set<string>();
  readonly all: PlannedPerson[] = [];

  make(party: string | null, female: boolean): PlannedPerson {
    let given = "";
    let family = "";
    do {
      given = pick(this.rng, female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
      family = pick(this.rng, FAMILY_NAMES);
    } while (this.names.has(`${given} ${family}`));
    this.names.add(`${given} ${family}`);
    const base = emailLocalPart(given, family);
    let local = base;
    for (let n = 2; this.emails.has(local); n++) local = `${base}${n}`;
    this.emails.add(local);
    const person = { given, family, email: `${local}@${MUNICIPALITY.emailDomain}`, party, female };
    this.all.push(person);
    return person;
  }
}

const fullName = (p: PlannedPerson): string => `${p.given} ${p.family}`;

function expect<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo data: missing ${what}`);
  return value;
}

interface ListPool {
  list: string;
  seats: number;
  previousSeats: number;
  /** [0, seats): council members; [seats, 2·seats+2): council substitutes; then extras. */
  pool: PlannedPerson[];
}

function planPeople(currentStart: string, previousStart: string, previousEnd: string) {
  const factory = new PersonFactory();
  const lists: ListPool[] = COUNCIL_SEATS.map((entry, listIndex) => {
    const size = 2 * entry.seats + 2 + 4;
    const pool: PlannedPerson[] = [];
    for (let i = 0; i < size; i++) {
      const party =
        entry.list === JOINT_LIST.shortName
          ? expect(JOINT_LIST.parties[i % JOINT_LIST.parties.length], "joint list party")
          : entry.list;
      pool.push(factory.make(party, (i + listIndex) % 2 === 0));
    }
    return { list: entry.list, seats: entry.seats, previousSeats: entry.previousSeats, pool };
  });
  const byList = new Map(lists.map((l) => [l.list, l]));
  const listOf = (short: string) => expect(byList.get(short), `list ${short}`);
  const votes = lists.map((l) => ({ list: l.list, votes: l.seats }));

  const memberships: PlannedMembership[] = [];
  const add = (
    body: string,
    person: PlannedPerson,
    role: MembershipRole,
    list: string | null,
    rank: number | null = null,
  ) => {
    memberships.push({
      body,
      term: "current",
      person,
      role,
      list,
      rank,
      hasVote: role !== "observer",
      startsOn: currentStart,
      endsOn: null,
    });
  };

  const mayor = expect(listOf("Ap").pool[0], "mayor");
  const deputyMayor = expect(listOf("Sp").pool[0], "deputy mayor");
  // The member who is granted fritak (a woman from H's council group, outside the leadership).
  const hPool = listOf("H");
  const fritak1 = expect(
    hPool.pool.slice(3, hPool.seats).find((p) => p.female),
    "fritak1",
  );
  const fritak1Sub = expect(hPool.pool[hPool.seats], "fritak1 substitute");

  // Council: all seats by list, substitutes seats+2 per list.
  for (const l of lists) {
    l.pool.slice(0, l.seats).forEach((p) => {
      add(
        "kommunestyret",
        p,
        p === mayor ? "leader" : p === deputyMayor ? "deputy_leader" : "member",
        l.list,
      );
    });
    l.pool.slice(l.seats, 2 * l.seats + 2).forEach((p, i) => {
      add("kommunestyret", p, "substitute", l.list, i + 1);
    });
  }

  // Formannskapet: council members by d'Hondt; the mayor and deputy mayor lead it.
  const fskSeats = dhondt(votes, 9);
  const fskMembers = new Set<PlannedPerson>();
  for (const l of lists) {
    const seats = fskSeats.get(l.list) ?? 0;
    if (seats === 0) continue;
    const members = l.pool.slice(0, seats);
    for (const p of members) {
      fskMembers.add(p);
      add(
        "formannskapet",
        p,
        p === mayor ? "leader" : p === deputyMayor ? "deputy_leader" : "member",
        l.list,
      );
    }
    const subs = [...l.pool.slice(seats, l.seats), ...l.pool.slice(l.seats)]
      .filter((p) => p !== fritak1)
      .slice(0, seats + 2);
    subs.forEach((p, i) => {
      add("formannskapet", p, "substitute", l.list, i + 1);
    });
  }

  // Kontrollutvalget: nobody from the formannskap or the decision-making committees
  // (kl. § 23-1); one member from the council (the leader, from H).
  const kuSeats = dhondt(votes, 5);
  const kuPersons = new Set<PlannedPerson>();
  for (const l of lists) {
    const seats = kuSeats.get(l.list) ?? 0;
    if (seats === 0) continue;
    let candidates = [...l.pool].reverse().filter((p) => !fskMembers.has(p) && p !== fritak1);
    if (l.list === "H") {
      const councilLeader = expect(
        l.pool.slice(0, l.seats).find((p) => !fskMembers.has(p) && p !== fritak1),
        "KU leader",
      );
      candidates = [councilLeader, ...candidates.filter((p) => p !== councilLeader)];
    }
    candidates.slice(0, seats).forEach((p, i) => {
      kuPersons.add(p);
      add(
        "kontrollutvalget",
        p,
        l.list === "H" && i === 0
          ? "leader"
          : l.list === "FrP" && i === 0
            ? "deputy_leader"
            : "member",
        l.list,
      );
    });
    candidates.slice(seats, seats + seats + 2).forEach((p, i) => {
      kuPersons.add(p);
      add("kontrollutvalget", p, "substitute", l.list, i + 1);
    });
  }

  // The committees share a rotating pool per list, so members and substitutes mix council
  // members, council substitutes and others.
  const committees: { slug: string; seats: number; leader: string; deputy: string }[] = [
    { slug: "hovedutvalg-for-oppvekst-og-kultur", seats: 11, leader: "Ap", deputy: "Sp" },
    { slug: "hovedutvalg-for-helse-og-omsorg", seats: 9, leader: "Sp", deputy: "Ap" },
    { slug: "planutvalget", seats: 9, leader: "Ap", deputy: "SV" },
  ];
  const cursors = new Map<string, number>();
  const eligible = new Map(
    lists.map((l) => [
      l.list,
      l.pool.filter((p) => !fskMembers.has(p) && !kuPersons.has(p) && p !== fritak1),
    ]),
  );
  for (const c of committees) {
    const seats = dhondt(votes, c.seats);
    for (const l of lists) {
      const n = seats.get(l.list) ?? 0;
      if (n === 0) continue;
      const pool = expect(eligible.get(l.list), "eligible pool");
      const take = Math.min(n + n + 2, pool.length);
      const start = cursors.get(l.list) ?? 0;
      const chosen = Array.from({ length: take }, (_, i) =>
        expect(pool[(start + i) % pool.length], "pool member"),
      );
      cursors.set(l.list, (start + take) % pool.length);
      chosen.slice(0, n).forEach((p, i) => {
        const role: MembershipRole =
          i === 0 && l.list === c.leader
            ? "leader"
            : l.list === c.deputy && (c.deputy !== c.leader ? i === 0 : i === 1)
              ? "deputy_leader"
              : "member";
        add(c.slug, p, role, l.list);
      });
      chosen.slice(n).forEach((p, i) => {
        add(c.slug, p, "substitute", l.list, i + 1);
      });
    }
  }

  // Administrasjonsutvalget: five from the formannskap and two employee representatives.
  const admSeats = dhondt(votes, 5);
  for (const l of lists) {
    const n = admSeats.get(l.list) ?? 0;
    if (n === 0) continue;
    const candidates = [
      ...l.pool.filter((p) => fskMembers.has(p)),
      ...l.pool.filter((p) => !fskMembers.has(p) && p !== fritak1),
    ];
    candidates.slice(0, n).forEach((p, i) => {
      add(
        "administrasjonsutvalget",
        p,
        p === mayor ? "leader" : l.list === "H" && i === 0 ? "deputy_leader" : "member",
        l.list,
      );
    });
    candidates.slice(n, n + n + 2).forEach((p, i) => {
      add("administrasjonsutvalget", p, "substitute", l.list, i + 1);
    });
  }
  for (let i = 0; i < 4; i++) {
    const p = factory.make(null, i % 2 === 1);
    if (i < 2) add("administrasjonsutvalget", p, "member", null);
    else add("administrasjonsutvalget", p, "substitute", null, i - 1);
  }

  // Eldrerådet: five from the pensioners' organisations and two politicians.
  const elders = Array.from({ length: 9 }, (_, i) => factory.make(null, i % 2 === 0));
  elders.slice(0, 5).forEach((p, i) => {
    add("eldreradet", p, i === 0 ? "leader" : i === 1 ? "deputy_leader" : "member", null);
  });
  add("eldreradet", factory.make("Ap", false), "member", null);
  add("eldreradet", factory.make("H", true), "member", null);
  elders.slice(5).forEach((p, i) => {
    add("eldreradet", p, "substitute", null, i + 1);
  });

  // Ungdomsrådet: nine young members, substitutes, and a council member as observer.
  const youth = Array.from({ length: 13 }, (_, i) => factory.make(null, i % 2 === 1));
  youth.slice(0, 9).forEach((p, i) => {
    add("ungdomsradet", p, i === 0 ? "leader" : i === 1 ? "deputy_leader" : "member", null);
  });
  youth.slice(9).forEach((p, i) => {
    add("ungdomsradet", p, "substitute", null, i + 1);
  });
  add("ungdomsradet", expect(listOf("Ap").pool[5], "observer"), "observer", null);

  // The previous term's council: most members re-elected, the rest from the lists' extras.
  for (const l of lists) {
    const extras = l.pool.slice(2 * l.seats + 2);
    const members = [...l.pool.slice(0, Math.min(l.previousSeats, l.seats)), ...extras].slice(
      0,
      l.previousSeats,
    );
    for (const p of members) {
      memberships.push({
        body: "kommunestyret",
        term: "previous",
        person: p,
        role: p === deputyMayor ? "leader" : p === mayor ? "deputy_leader" : "member",
        list: l.list,
        rank: null,
        hasVote: true,
        startsOn: previousStart,
        endsOn: previousEnd,
      });
    }
  }

  // The SV member of the oppvekst committee who is granted fritak, and the successor.
  const hokSv = expect(
    memberships.find(
      (m) =>
        m.body === "hovedutvalg-for-oppvekst-og-kultur" && m.list === "SV" && m.role === "member",
    ),
    "fritak2",
  );
  const inHok = new Set(
    memberships.filter((m) => m.body === "hovedutvalg-for-oppvekst-og-kultur").map((m) => m.person),
  );
  const fritak2New = expect(
    [...listOf("SV").pool].reverse().find((p) => !inHok.has(p)),
    "fritak2 successor",
  );

  const reps = new Map(lists.map((l) => [l.list, expect(l.pool[l.seats - 1], "rep")]));
  return {
    persons: factory.all,
    memberships,
    mayor,
    deputyMayor,
    fritak1,
    fritak1Sub,
    fritak2: hokSv.person,
    fritak2New,
    reps,
  };
}

function planMeetings(now: Date): PlannedMeeting[] {
  const from = addMonths(now, -13).getTime();
  const to = addMonths(now, 13).getTime();
  const nowMs = now.getTime();
  const { year: nowYear, month: nowMonth } = osloParts(now);
  const meetings: PlannedMeeting[] = [];
  for (const body of BODIES) {
    const own: PlannedMeeting[] = [];
    for (let k = -13; k <= 13; k++) {
      const monthIndex = nowYear * 12 + (nowMonth - 1) + k;
      const year = Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      if (!body.schedule.months.includes(month)) continue;
      const nth = body.schedule.nthByMonth?.[month] ?? body.schedule.nth;
      const day = nthWeekday(year, month, body.schedule.weekday, nth);
      const startsAt = osloTime(year, month, day, body.schedule.hour);
      const ms = startsAt.getTime();
      if (ms < from || ms > to) continue;
      const past = ms < nowMs;
      const noticed = !past && ms <= nowMs + 10 * DAY_MS;
      const noticeAt = past || noticed ? new Date(ms - 10 * DAY_MS - 8 * HOUR_MS) : null;
      own.push({
        body,
        startsAt,
        endsAt: past ? new Date(ms + 3 * HOUR_MS) : null,
        status: past ? "minutes_approved" : noticed ? "notice_published" : "planned",
        noticeAt,
        isRemote: false,
        location: body.location,
        updatedAt: past ? new Date(ms + 3 * HOUR_MS) : (noticeAt ?? new Date(nowMs - 14 * DAY_MS)),
        items: [],
      });
    }
    const past = own.filter((m) => m.status === "minutes_approved");
    const latest = past[past.length - 1];
    if (latest) latest.status = "held";
    if (body.slug === "formannskapet") {
      // One remote meeting (kl. § 11-7), e.g. during a storm warning.
      const remote = past[Math.floor(past.length / 2)];
      if (remote) {
        remote.isRemote = true;
        remote.location = REMOTE_LOCATION;
      }
    }
    if (body.slug === "eldreradet") {
      const planned = own.filter((m) => m.status === "planned");
      const cancelled = planned[1] ?? planned[0];
      if (cancelled) cancelled.status = "cancelled";
    }
    meetings.push(...own);
  }
  return meetings;
}

function fillPlaceholders(text: string, year: number, names: Map<string, string>): string {
  return text
    .replace(/\{Y([+-]\d+)?\}/g, (_, delta: string | undefined) =>
      String(year + Number(delta ?? 0)),
    )
    .replace(/\{([a-zæøå0-9.:]+)\}/gi, (whole, key: string) => names.get(key) ?? whole);
}

function presentationText(c: PlannedCase, items: PlannedItem[]): string {
  const lines = [
    "SAKSFRAMLEGG",
    "",
    c.title,
    "",
    `Arkivsak: ${c.archiveNumber}`,
    `Saksbehandler: ${c.officer}`,
    `Enhet: ${c.unit}`,
  ];
  if (c.access === "exempt") lines.push(`Unntatt offentlighet: ${EXEMPTION_BASIS}`);
  lines.push("", "Saksgang:");
  for (const item of items) {
    const meeting = expect(c.route[item.step], "route meeting");
    const number =
      item.seriesNumber !== null && item.seriesYear !== null
        ? `${c.type} ${item.seriesNumber}/${String(item.seriesYear).slice(2)}`
        : "ikke nummerert";
    lines.push(`${meeting.body.name} – ${norwegianDate(meeting.startsAt)} – ${number}`);
  }
  lines.push(
    "",
    "Kommunedirektørens innstilling:",
    c.recommendation,
    "",
    "Saksopplysninger:",
    c.summary,
    "",
  );
  return lines.join("\n");
}

/**
 * Loads the demo municipality "Eksempel kommune" into an empty, migrated database, in one
 * transaction. Everything is derived from `now` and fixed seeds, so the same `now` gives the
 * same data.
 */
export async function seedDemo(db: Database, options: { now: Date }): Promise<DemoSummary> {
  const now = options.now;
  const nowMs = now.getTime();

  const currentYear = termStartYear(now);
  const currentStart = `${currentYear}-10-01`;
  const currentEnd = `${currentYear + 4}-09-30`;
  const previousStart = `${currentYear - 4}-10-01`;
  const previousEnd = `${currentYear}-09-30`;

  const people = planPeople(currentStart, previousStart, previousEnd);
  const meetings = planMeetings(now);
  const meetingsByBody = new Map<string, PlannedMeeting[]>();
  for (const m of meetings) {
    const list = meetingsByBody.get(m.body.slug) ?? [];
    list.push(m);
    meetingsByBody.set(m.body.slug, list);
  }

  const names = new Map<string, string>([
    ["ordfører", fullName(people.mayor)],
    ["varaordfører", fullName(people.deputyMayor)],
    ["fritak1", fullName(people.fritak1)],
    ["fritak1.sub", fullName(people.fritak1Sub)],
    ["fritak2", fullName(people.fritak2)],
    ["fritak2.new", fullName(people.fritak2New)],
  ]);
  for (const [list, person] of people.reps) names.set(`rep:${list}`, fullName(person));

  const cases: PlannedCase[] = [];
  const addItem = (c: PlannedCase, step: number, decision: string | null) => {
    const meeting = expect(c.route[step], "route meeting");
    const held = meeting.startsAt.getTime() < nowMs;
    meeting.items.push({
      case: c,
      step,
      position: 0,
      seriesYear: null,
      seriesNumber: null,
      decision: held ? decision : null,
      decidedAt: held ? meeting.startsAt : null,
    });
  };

  // The written cases, placed along their route.
  const templates: CaseTemplate[] = [...CASE_TEMPLATES, ...EXEMPT_CASES];
  for (const t of templates) {
    const route: PlannedMeeting[] = [];
    let notBefore = nowMs + t.offsetDays * DAY_MS;
    for (const slug of t.route) {
      const meeting = (meetingsByBody.get(slug) ?? []).find(
        (m) =>
          m.startsAt.getTime() >= notBefore &&
          m.status !== "cancelled" &&
          !(t.exempt && m.isRemote),
      );
      if (!meeting) throw new Error(`demo data: no meeting of ${slug} for case ${t.key}`);
      route.push(meeting);
      notBefore = meeting.startsAt.getTime() + (t.minGapDays ?? 1) * DAY_MS;
    }
    const last = expect(route[route.length - 1], "last route meeting");
    const year = osloParts(last.startsAt).year;
    const fill = (text: string) => fillPlaceholders(text, year, names);
    const recommendation = fill(t.recommendation);
    const first = expect(route[0], "first route meeting");
    const c: PlannedCase = {
      order: cases.length,
      title: fill(t.title),
      type: t.type,
      unit: t.unit,
      officer: CASE_OFFICERS[t.unit] ?? "",
      summary: t.summary.map(fill).join("\n\n"),
      recommendation,
      access: t.exempt ? "exempt" : "public",
      publicTitle: t.exempt?.publicTitle ?? null,
      route,
      group: TYPE_GROUP[t.type] + (t.exempt ? 10 : 0),
      createdAt: new Date(Math.min(first.startsAt.getTime() - 21 * DAY_MS, nowMs - DAY_MS)),
      updatedAt: new Date(0),
      archiveNumber: "",
    };
    cases.push(c);
    route.forEach((_, step) => {
      const amendments = (t.amendments ?? [])
        .filter((a) => a.step <= step)
        .map((a) => fill(a.text));
      let decision = [recommendation, ...amendments].join("\n\n");
      if (step === route.length - 1) {
        if (t.decision) decision = fill(t.decision);
        else if (t.type === "SP")
          decision = `Ordfører ${names.get("ordfører")} besvarte spørsmålet.`;
        else if (t.type === "IP")
          decision = `Ordfører ${names.get("ordfører")} besvarte interpellasjonen.`;
      }
      addItem(c, step, decision);
    });
  }

  // Routine items in every meeting with a published agenda: approval of the previous minutes,
  // letters for information in the council and formannskap, delegated decisions in planutvalget.
  const routineRng = createRng(42);
  let referenceIndex = 0;
  for (const body of BODIES) {
    let previous: PlannedMeeting | undefined;
    for (const m of meetingsByBody.get(body.slug) ?? []) {
      if (m.status === "cancelled" || m.status === "planned") continue;
      const bodyLower = body.name.charAt(0).toLowerCase() + body.name.slice(1);
      const routine = (
        title: string,
        type: CaseType,
        summary: readonly string[],
        recommendation: string,
        group: number,
      ) => {
        const c: PlannedCase = {
          order: cases.length,
          title,
          type,
          unit: "Politisk sekretariat",
          officer: CASE_OFFICERS["Politisk sekretariat"] ?? "",
          summary: summary.join("\n\n"),
          recommendation,
          access: "public",
          publicTitle: null,
          route: [m],
          group,
          createdAt: new Date(m.startsAt.getTime() - 12 * DAY_MS),
          updatedAt: new Date(0),
          archiveNumber: "",
        };
        cases.push(c);
        addItem(c, 0, recommendation);
      };
      if (previous) {
        const date = norwegianDate(previous.startsAt);
        routine(
          `Godkjenning av protokoll fra møte ${date}`,
          "PS",
          [
            `Protokollen fra møtet i ${bodyLower} ${date} ble sendt medlemmene og publisert på kommunens nettsider etter møtet.`,
            "Det er ikke kommet merknader til protokollen. Etter reglementet godkjennes protokollen i neste møte og signeres deretter av møteleder og to medlemmer valgt i møtet.",
          ],
          `Protokoll fra møte ${date} godkjennes.`,
          0,
        );
      }
      if (body.slug === "kommunestyret" || body.slug === "formannskapet") {
        const ref = expect(REFERENCE_ITEMS[referenceIndex % REFERENCE_ITEMS.length], "reference");
        referenceIndex++;
        routine(ref.title, "RS", ref.summary, "Referatsaken tas til orientering.", TYPE_GROUP.RS);
      }
      if (body.slug === "planutvalget" && previous) {
        const count = 18 + Math.floor(routineRng() * 40);
        const period = `${norwegianDate(previous.startsAt)}–${norwegianDate(new Date(m.startsAt.getTime() - 7 * DAY_MS))}`;
        routine(
          `Delegerte vedtak i plan- og byggesaker ${period}`,
          "DS",
          [
            `Kommunedirektøren har i perioden ${period} fattet ${count} vedtak i plan- og byggesaker etter delegeringsreglementet, blant annet rammetillatelser, igangsettingstillatelser, delingssaker og mindre dispensasjoner.`,
            "Listen over vedtakene følger som vedlegg. Planutvalget kan be om å få seg forelagt enkeltsaker.",
          ],
          "Delegerte vedtak tas til orientering.",
          TYPE_GROUP.DS,
        );
      }
      previous = m;
    }
  }

  // Positions within each meeting, then the yearly numbers per body and case type, drawn in
  // meeting order for every meeting whose notice is published.
  const counters = new Map<
    string,
    { bodySlug: string; type: CaseType; year: number; last: number }
  >();
  const sortedMeetings = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const m of sortedMeetings) {
    m.items.sort((a, b) => a.case.group - b.case.group || a.case.order - b.case.order);
    const year = osloParts(m.startsAt).year;
    m.items.forEach((item, i) => {
      item.position = i + 1;
      if (m.status === "planned" || m.status === "cancelled") return;
      const key = `${m.body.slug}|${item.case.type}|${year}`;
      const counter = counters.get(key) ?? {
        bodySlug: m.body.slug,
        type: item.case.type,
        year,
        last: 0,
      };
      counter.last++;
      counters.set(key, counter);
      item.seriesYear = year;
      item.seriesNumber = counter.last;
    });
  }

  // Archive numbers in order of registration, and timestamps.
  const archiveRng = createRng(7);
  const sequence = new Map<number, number>();
  const byCreation = [...cases].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.order - b.order,
  );
  const itemsByCase = new Map<PlannedCase, PlannedItem[]>();
  for (const m of meetings) {
    for (const item of m.items) {
      const list = itemsByCase.get(item.case) ?? [];
      list.push(item);
      itemsByCase.set(item.case, list);
    }
  }
  for (const c of byCreation) {
    const year = osloParts(c.createdAt).year;
    const next =
      (sequence.get(year) ?? 80 + Math.floor(archiveRng() * 40)) +
      1 +
      Math.floor(archiveRng() * 25);
    sequence.set(year, next);
    c.archiveNumber = `${year}/${next}`;
    const decided = (itemsByCase.get(c) ?? [])
      .map((i) => i.decidedAt?.getTime() ?? 0)
      .reduce((a, b) => Math.max(a, b), 0);
    c.updatedAt = new Date(Math.max(c.createdAt.getTime(), decided));
  }

  // Fritak: memberships end the day before the council's decision, successors start that day.
  const fritakDate = (key: string): string | null => {
    const tmpl = CASE_TEMPLATES.findIndex((t) => t.key === key);
    const c = cases[tmpl];
    const meeting = c?.route[c.route.length - 1];
    if (!meeting || meeting.startsAt.getTime() >= nowMs) return null;
    const date = osloDate(meeting.startsAt);
    // Near the start of a term the case may fall in the term before; then nobody moves.
    return date > currentStart ? date : null;
  };
  const memberships = people.memberships;
  const d1 = fritakDate("fritak-1");
  if (d1) {
    for (const m of memberships) {
      if (m.term !== "current") continue;
      if (
        m.person === people.fritak1 ||
        (m.person === people.fritak1Sub && m.body === "kommunestyret")
      ) {
        m.endsOn = addDaysToDate(d1, -1);
      }
    }
    memberships.push({
      body: "kommunestyret",
      term: "current",
      person: people.fritak1Sub,
      role: "member",
      list: "H",
      rank: null,
      hasVote: true,
      startsOn: d1,
      endsOn: null,
    });
  }
  const d2 = fritakDate("fritak-2");
  if (d2) {
    for (const m of memberships) {
      if (
        m.term === "current" &&
        m.person === people.fritak2 &&
        m.body === "hovedutvalg-for-oppvekst-og-kultur"
      ) {
        m.endsOn = addDaysToDate(d2, -1);
      }
    }
    memberships.push({
      body: "hovedutvalg-for-oppvekst-og-kultur",
      term: "current",
      person: people.fritak2New,
      role: "member",
      list: "SV",
      rank: null,
      hasVote: true,
      startsOn: d2,
      endsOn: null,
    });
  }

  // Presentations as plain-text blobs.
  const encoder = new TextEncoder();
  const blobs = new Map<string, DemoBlob>();
  const presentationOf = new Map<PlannedCase, string>();
  for (const c of cases) {
    const items = (itemsByCase.get(c) ?? []).sort((a, b) => a.step - b.step);
    const bytes = encoder.encode(presentationText(c, items));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    presentationOf.set(c, sha256);
    blobs.set(sha256, { sha256, mediaType: "text/plain; charset=utf-8", bytes });
  }

  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("municipality")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) throw new Error("seedDemo needs an empty database");

    const municipality = await trx
      .insertInto("municipality")
      .values({
        name: MUNICIPALITY.name,
        short_name: MUNICIPALITY.shortName,
        organisation_number: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    const terms = await trx
      .insertInto("term")
      .values([
        { name: termName(currentYear - 4), starts_on: previousStart, ends_on: previousEnd },
        { name: termName(currentYear), starts_on: currentStart, ends_on: currentEnd },
      ])
      .returning(["id", "starts_on"])
      .execute();
    const termId = (which: "current" | "previous") =>
      expect(
        terms.find((t) => t.starts_on === (which === "current" ? currentStart : previousStart))?.id,
        "term",
      );

    const parties = await trx
      .insertInto("party")
      .values([
        ...PARTIES.map((p) => ({ name: p.name, short_name: p.shortName, is_joint_list: false })),
        { name: JOINT_LIST.name, short_name: JOINT_LIST.shortName, is_joint_list: true },
      ])
      .returning(["id", "short_name"])
      .execute();
    const partyId = new Map(parties.map((p) => [p.short_name, p.id]));
    const partyOf = (short: string) => expect(partyId.get(short), `party ${short}`);
    await trx
      .insertInto("joint_list_party")
      .values(
        JOINT_LIST.parties.map((p) => ({
          joint_list_id: partyOf(JOINT_LIST.shortName),
          party_id: partyOf(p),
        })),
      )
      .execute();

    const personCreated = new Date(`${currentStart}T08:00:00Z`);
    const persons = await trx
      .insertInto("person")
      .values(
        people.persons.map((p) => ({
          given_name: p.given,
          family_name: p.family,
          email: p.email,
          phone: null,
          party_id: p.party ? partyOf(p.party) : null,
          created_at: personCreated,
        })),
      )
      .returning(["id", "email"])
      .execute();
    const personId = new Map(persons.map((p) => [p.email, p.id]));

    const bodies = await trx
      .insertInto("body")
      .values(
        BODIES.map((b) => ({
          slug: b.slug,
          name: b.name,
          short_name: b.shortName,
          kind: b.kind,
          seat_count: b.seatCount,
          sort_order: b.sortOrder,
          description: b.description,
        })),
      )
      .returning(["id", "slug"])
      .execute();
    const bodyId = new Map(bodies.map((b) => [b.slug, b.id]));
    const bodyOf = (slug: string) => expect(bodyId.get(slug), `body ${slug}`);

    await trx
      .insertInto("membership")
      .values(
        memberships.map((m) => ({
          body_id: bodyOf(m.body),
          term_id: termId(m.term),
          person_id: expect(personId.get(m.person.email), "person id"),
          role: m.role,
          list_id: m.list ? partyOf(m.list) : null,
          substitute_rank: m.rank,
          has_vote: m.hasVote,
          starts_on: m.startsOn,
          ends_on: m.endsOn,
        })),
      )
      .execute();

    const meetingRows = await trx
      .insertInto("meeting")
      .values(
        meetings.map((m) => ({
          body_id: bodyOf(m.body.slug),
          starts_at: m.startsAt,
          ends_at: m.endsAt,
          location: m.location,
          is_remote: m.isRemote,
          status: m.status,
          notice_published_at: m.noticeAt,
          updated_at: m.updatedAt,
        })),
      )
      .returning(["id", "body_id", "starts_at"])
      .execute();
    const meetingId = new Map(
      meetingRows.map((r) => [`${r.body_id}|${r.starts_at.getTime()}`, r.id]),
    );
    const meetingOf = (m: PlannedMeeting) =>
      expect(meetingId.get(`${bodyOf(m.body.slug)}|${m.startsAt.getTime()}`), "meeting id");

    const caseRows = await trx
      .insertInto("case")
      .values(
        cases.map((c) => ({
          archive_case_number: c.archiveNumber,
          title: c.title,
          case_type: c.type,
          case_officer: c.officer,
          responsible_unit: c.unit,
          summary: c.summary,
          recommendation: c.recommendation,
          access: c.access,
          public_title: c.publicTitle,
          exemption_basis: c.access === "exempt" ? EXEMPTION_BASIS : null,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })),
      )
      .returning(["id", "archive_case_number"])
      .execute();
    const caseId = new Map(caseRows.map((r) => [r.archive_case_number, r.id]));
    for (const c of cases) c.id = expect(caseId.get(c.archiveNumber), "case id");
    const idOf = (c: PlannedCase) => expect(c.id, "case id");

    const routeSteps = cases.flatMap((c) =>
      c.route.map((m, i) => ({ case_id: idOf(c), position: i + 1, body_id: bodyOf(m.body.slug) })),
    );
    await trx.insertInto("case_route_step").values(routeSteps).execute();

    const agendaItems = meetings.flatMap((m) =>
      m.items.map((item) => ({
        meeting_id: meetingOf(m),
        case_id: idOf(item.case),
        position: item.position,
        case_type: item.case.type,
        series_year: item.seriesYear,
        series_number: item.seriesNumber,
        is_closed: item.case.access === "exempt",
        closed_basis: item.case.access === "exempt" ? CLOSED_BASIS : null,
        decision: item.decision,
        decided_at: item.decidedAt,
      })),
    );
    await trx.insertInto("agenda_item").values(agendaItems).execute();

    const series = [...counters.values()].map((c) => ({
      body_id: bodyOf(c.bodySlug),
      case_type: c.type,
      year: c.year,
      last_number: c.last,
    }));
    if (series.length > 0) await trx.insertInto("case_number_series").values(series).execute();

    await trx
      .insertInto("blob")
      .values(
        [...blobs.values()].map((b) => ({
          sha256: b.sha256,
          size: b.bytes.byteLength,
          media_type: b.mediaType,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.column("sha256").doNothing())
      .execute();

    await trx
      .insertInto("document")
      .values(
        cases.map((c) => ({
          sha256: expect(presentationOf.get(c), "presentation"),
          file_name: `saksframlegg-${idOf(c)}.txt`,
          title: "Saksframlegg",
          kind: "presentation" as const,
          access: c.access,
          exemption_basis: c.access === "exempt" ? EXEMPTION_BASIS : null,
          case_id: idOf(c),
          meeting_id: null,
          created_at: c.createdAt,
        })),
      )
      .execute();

    const counts: DemoCounts = {
      terms: terms.length,
      parties: parties.length,
      persons: persons.length,
      bodies: bodies.length,
      memberships: memberships.length,
      meetings: meetings.length,
      cases: cases.length,
      routeSteps: routeSteps.length,
      agendaItems: agendaItems.length,
      numberSeries: series.length,
      documents: cases.length,
      blobs: blobs.size,
    };
    await trx
      .insertInto("audit_log")
      .values({
        at: now,
        actor_user_id: null,
        actor_name: "Demodata",
        action: "demo.seed",
        entity_type: "municipality",
        entity_id: String(municipality.id),
        details: JSON.stringify({ counts }),
      })
      .execute();

    return { municipalityId: municipality.id, counts, blobs: [...blobs.values()] };
  });
}
