import { createHash } from "node:crypto";
import type { Actor } from "../audit.ts";
import { writeAudit } from "../audit.ts";
import type { Outcome } from "../commit/outcome.ts";
import type { Database } from "../db/database.ts";
import type { CaseType, MembershipRole } from "../db/schema.ts";
import type { EntryKind } from "../domain/agenda-kinds.ts";
import { DEFAULT_RULES } from "../domain/rules.ts";
import { electionTermFrom, electionTermOn } from "../domain/terms.ts";
import {
  addDays,
  addOsloMonths,
  formatShortDate,
  osloDateTime,
  osloDay,
  osloParts,
} from "../domain/time.ts";
import { approveCase } from "../features/cases/approve-case.ts";
import { createCase } from "../features/cases/create-case.ts";
import { markCaseReady } from "../features/cases/mark-case-ready.ts";
import { lockCase } from "../features/cases/queries.ts";
import { submitCase } from "../features/cases/submit-case.ts";
import { addCaseDocument } from "../features/documents/add-case-document.ts";
import { addAgendaEntry } from "../features/meetings/add-agenda-entry.ts";
import { addAgendaItem } from "../features/meetings/add-agenda-item.ts";
import { addAgendaLetter, type LetterInput } from "../features/meetings/add-agenda-letter.ts";
import { lockMeeting } from "../features/meetings/agenda-store.ts";
import { cancelMeeting } from "../features/meetings/cancel-meeting.ts";
import { createMeeting } from "../features/meetings/create-meeting.ts";
import { holdMeeting } from "../features/meetings/hold-meeting.ts";
import { publishNotice } from "../features/meetings/publish-notice.ts";
import { updateAgendaItem } from "../features/meetings/update-agenda-item.ts";
import { requestMinutesVersion } from "../features/minutes/request-minutes-version.ts";
import { createMunicipality } from "../features/municipality/create-municipality.ts";
import { accessQuestions } from "../features/publishing/publication-preview.ts";
import { requestPublication } from "../features/publishing/request-publication.ts";
import { addMembership } from "../features/registry/add-membership.ts";
import { createBody } from "../features/registry/create-body.ts";
import { createParty } from "../features/registry/create-party.ts";
import { createPerson } from "../features/registry/create-person.ts";
import { createTerm } from "../features/registry/create-term.ts";
import { endMembership } from "../features/registry/end-membership.ts";
import { refreshSearchIndexForTransaction } from "../features/search/refresh-search-index.ts";
import {
  BODIES,
  type BodyData,
  CASE_OFFICERS,
  CASE_TEMPLATES,
  type CaseTemplate,
  CLOSED_BASIS,
  COUNCIL_SEATS,
  EXEMPT_CASES,
  EXEMPT_LETTERS,
  EXEMPTION_BASIS,
  FAMILY_NAMES,
  FORMANNSKAP_LETTERS,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  JOINT_LIST,
  LETTER_EXEMPTION_BASIS,
  MUNICIPALITY,
  ORIENTATIONS,
  PARTIES,
  REFERENCE_ITEMS,
  REMOTE_LOCATION,
} from "./demo-data.ts";
import { type ConsoleItemPlan, scheduleHeldMeeting } from "./seed-console.ts";
import { agendaTime, meetingEnd, minutesTime, noticeTime } from "./timeline.ts";

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
  /** Items without a case: approvals, orientations, referatsaker and Eventuelt. */
  agendaEntries: number;
  letters: number;
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
// Helpers shared with generate-large.ts: a seeded PRNG and calendar arithmetic.

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

/** Day of month of the n-th weekday (0 = Sunday) in a month (1–12). */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
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
// The plan: who sits where, which meetings there are and which cases go through them, all
// computed in memory first; then the plan is replayed through the use cases in time order.

interface PlannedPerson {
  given: string;
  family: string;
  email: string;
  party: string | null;
  female: boolean;
  id?: number;
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
  id?: number;
}

interface PlannedMeeting {
  body: BodyData;
  startsAt: Date;
  cancelled: boolean;
  isRemote: boolean;
  location: string;
  room: string;
  /** Items without a case before the cases (the approvals) and after them. */
  opening: PlannedEntry[];
  closing: PlannedEntry[];
  /** In agenda order once the plan is complete. */
  items: PlannedItem[];
  id?: number;
}

interface PlannedCase {
  order: number;
  /** The template's key; null for a routine case. */
  key: string | null;
  title: string;
  type: CaseType;
  unit: string;
  officer: string;
  summary: string;
  facts: string;
  assessment: string;
  recommendation: string;
  exempt: boolean;
  publicTitle: string | null;
  route: PlannedMeeting[];
  /** Item order in a meeting: routine items first, closed items last. */
  group: number;
  createdAt: Date;
  archiveNumber: string;
  id?: number;
}

interface PlannedEntry {
  kind: EntryKind;
  title: string;
  text: string;
  presenter: string;
  letters: LetterInput[];
  /** What the body decides; null for Eventuelt, which records no decision. */
  decision: string | null;
}

interface PlannedItem {
  case: PlannedCase;
  step: number;
  /** What the body decides, when it gets to decide. */
  decision: string;
  /** The additions to the recommendation the body adopts. */
  additions: string[];
}

const TYPE_GROUP: Record<CaseType, number> = { RS: 1, DS: 2, PS: 3, OS: 4, FO: 5, SP: 6 };

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

/** When the body meets in a month it meets in, by its meeting plan. */
function scheduledStart(body: BodyData, year: number, month: number): Date {
  const nth = body.schedule.nthByMonth?.[month] ?? body.schedule.nth;
  const day = nthWeekday(year, month, body.schedule.weekday, nth);
  return osloDateTime(`${year}-${pad(month)}-${pad(day)}`, `${pad(body.schedule.hour)}:00`);
}

/** The body's meeting before this one, which may lie before the demo's history begins. */
function scheduledBefore(body: BodyData, startsAt: Date): Date {
  const { year, month } = osloParts(startsAt);
  for (let back = 1; back <= 12; back++) {
    const index = year * 12 + (month - 1) - back;
    const earlierMonth = (index % 12) + 1;
    if (body.schedule.months.includes(earlierMonth))
      return scheduledStart(body, Math.floor(index / 12), earlierMonth);
  }
  throw new Error(`demo data: ${body.slug} has no meeting plan`);
}

/** The bodies' meeting plans, thirteen months back and ahead of `now`. */
function planMeetings(now: Date): PlannedMeeting[] {
  const from = addOsloMonths(now, -13).getTime();
  const to = addOsloMonths(now, 13).getTime();
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
      const startsAt = scheduledStart(body, year, month);
      const ms = startsAt.getTime();
      if (ms < from || ms > to) continue;
      own.push({
        body,
        startsAt,
        cancelled: false,
        isRemote: false,
        location: body.location,
        room: body.room,
        opening: [],
        closing: [],
        items: [],
      });
    }
    if (body.slug === "formannskapet") {
      // One remote meeting (kl. § 11-7), e.g. during a storm warning.
      const past = own.filter((m) => m.startsAt.getTime() < nowMs);
      const remote = past[Math.floor(past.length / 2)];
      if (remote) {
        remote.isRemote = true;
        remote.location = REMOTE_LOCATION;
        remote.room = "";
      }
    }
    if (body.slug === "eldreradet") {
      const unannounced = own.filter((m) => noticeTime(m.startsAt).getTime() > nowMs);
      const cancelled = unannounced[1] ?? unannounced[0];
      if (cancelled) cancelled.cancelled = true;
    }
    meetings.push(...own);
  }
  return meetings;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "dd.mm.yyyy" as Norwegian documents write it. */
const norwegianDate = (at: Date): string => formatShortDate(at);

function fillPlaceholders(text: string, year: number, names: Map<string, string>): string {
  return text
    .replace(/\{Y([+-]\d+)?\}/g, (_, delta: string | undefined) =>
      String(year + Number(delta ?? 0)),
    )
    .replace(/\{([a-zæøå0-9.:]+)\}/gi, (whole, key: string) => names.get(key) ?? whole);
}

/** The case presentation as filed with the case: the numbers come later, with the notices. */
function presentationText(c: PlannedCase): string {
  const lines = [
    "SAKSFRAMLEGG",
    "",
    c.title,
    "",
    `Arkivsak: ${c.archiveNumber}`,
    `Saksbehandler: ${c.officer}`,
    `Enhet: ${c.unit}`,
  ];
  if (c.exempt) lines.push(`Unntatt offentlighet: ${EXEMPTION_BASIS}`);
  lines.push("", "Saksgang:");
  for (const meeting of c.route)
    lines.push(`${meeting.body.name} – møte ${norwegianDate(meeting.startsAt)}`);
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

const DEMO_ACTOR: Actor = { kind: "system", name: "Demodata" };

/** Who signs the demo's presentations for the chief executive. */
const DEMO_APPROVER: Actor = { kind: "system", name: "Kommunedirektør Tone Aasland" };

/**
 * A demo case's workflow within hours of its registration, as a finished presentation's would
 * be: submitted, approved as version 1 (which queues its PDF), and ready for the secretariat,
 * before any agenda takes it.
 */
const DEMO_CASE_STEPS = [
  { run: submitCase, actor: DEMO_ACTOR, afterHours: 2 },
  { run: approveCase, actor: DEMO_APPROVER, afterHours: 4 },
  { run: markCaseReady, actor: DEMO_ACTOR, afterHours: 5 },
] as const;

function accepted<T>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`demo data: ${what} refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

/** Things that happen at a time, run in time order (and in the order given when equal). */
class History {
  private readonly events: { at: Date; run: (at: Date) => Promise<void> }[] = [];

  constructor(
    private readonly start: Date,
    private readonly end: Date,
  ) {}

  at(at: Date, run: (at: Date) => Promise<void>): void {
    if (at < this.start || at > this.end)
      throw new Error(`demo data: an event at ${at.toISOString()} falls outside the history`);
    this.events.push({ at, run });
  }

  async replay(): Promise<void> {
    const ordered = [...this.events].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const event of ordered) await event.run(event.at);
  }
}

/**
 * Loads the demo municipality "Eksempel kommune" into an empty, migrated database, in one
 * transaction. Everything is derived from `now` and fixed seeds, so the same `now` gives the
 * same data. The plan is replayed through the use cases in the order things would have
 * happened, from the day the municipality started using Folkestyre fourteen months before
 * `now`, so every rule holds, every change has its audit row, and every timestamp is plausible:
 * nothing is held before it ends, decided outside its meeting or published after its meeting.
 */
/** The demo's meetings from this many days back get their published papers at first start. */
const PAPERS_FOR_DAYS = 92;

export async function seedDemo(db: Database, options: { now: Date }): Promise<DemoSummary> {
  const now = options.now;
  const nowMs = now.getTime();
  const setupAt = osloDateTime(osloDay(addOsloMonths(now, -14)), "08:00");

  const currentTerm = electionTermOn(osloDay(now));
  const previousTerm = electionTermFrom(Number(currentTerm.startsOn.slice(0, 4)) - 4);
  const currentStart = currentTerm.startsOn;

  const people = planPeople(currentStart, previousTerm.startsOn, previousTerm.endsOn);
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
  const addItem = (c: PlannedCase, step: number, decision: string, additions: string[] = []) => {
    expect(c.route[step], "route meeting").items.push({ case: c, step, decision, additions });
  };

  // The written cases, placed along their route. A body takes a case up only after the body
  // before it on the route has treated it, so its agenda is set after that meeting.
  const templates: CaseTemplate[] = [...CASE_TEMPLATES, ...EXEMPT_CASES];
  for (const t of templates) {
    const route: PlannedMeeting[] = [];
    let notBefore = nowMs + t.offsetDays * DAY_MS;
    for (const slug of t.route) {
      const previous = route[route.length - 1];
      const meeting = (meetingsByBody.get(slug) ?? []).find(
        (m) =>
          m.startsAt.getTime() >= notBefore &&
          !m.cancelled &&
          !(t.exempt && m.isRemote) &&
          (!previous || agendaTime(m.startsAt) > minutesTime(previous.startsAt)),
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
      key: t.key,
      title: fill(t.title),
      type: t.type,
      unit: t.unit,
      officer: CASE_OFFICERS[t.unit] ?? "",
      summary: t.summary.map(fill).join("\n\n"),
      facts: t.facts.map(fill).join("\n\n"),
      assessment: t.assessment.map(fill).join("\n\n"),
      recommendation,
      exempt: t.exempt !== undefined,
      publicTitle: t.exempt?.publicTitle ?? null,
      route,
      group: TYPE_GROUP[t.type] + (t.exempt ? 10 : 0),
      createdAt: new Date(Math.min(first.startsAt.getTime() - 21 * DAY_MS, nowMs - DAY_MS)),
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
        else if (t.type === "FO")
          decision = `Ordfører ${names.get("ordfører")} besvarte interpellasjonen.`;
      }
      addItem(
        c,
        step,
        decision,
        (t.amendments ?? []).filter((a) => a.step === step).map((a) => fill(a.text)),
      );
    });
  }

  // Routine items in every meeting whose notice is out: approval of the previous minutes (of a
  // meeting before the demo's history, for the first), and in the council and formannskap
  // approval of the notice and Eventuelt; letters for information (as an RS case in the
  // council, as a referatsak listing letters in formannskapet, with an orientation), and
  // delegated decisions in planutvalget.
  const announced = (m: PlannedMeeting) =>
    !m.cancelled && noticeTime(m.startsAt).getTime() <= nowMs;
  const routineRng = createRng(42);
  let referenceIndex = 0;
  let letterIndex = 0;
  let journalNumber = 300;
  const entry = (kind: EntryKind, decision: string | null, fields: Partial<PlannedEntry> = {}) => ({
    kind,
    title: "",
    text: "",
    presenter: "",
    letters: [],
    decision,
    ...fields,
  });
  for (const body of BODIES) {
    let previous: PlannedMeeting | undefined;
    for (const [index, m] of (meetingsByBody.get(body.slug) ?? []).filter(announced).entries()) {
      const createdAt = new Date(m.startsAt.getTime() - 12 * DAY_MS);
      const routine = (
        title: string,
        type: CaseType,
        texts: {
          summary: readonly string[];
          facts: readonly string[];
          assessment: readonly string[];
        },
        recommendation: string,
        group: number,
      ) => {
        const c: PlannedCase = {
          order: cases.length,
          key: null,
          title,
          type,
          unit: "Politisk sekretariat",
          officer: CASE_OFFICERS["Politisk sekretariat"] ?? "",
          summary: texts.summary.join("\n\n"),
          facts: texts.facts.join("\n\n"),
          assessment: texts.assessment.join("\n\n"),
          recommendation,
          exempt: false,
          publicTitle: null,
          route: [m],
          group,
          createdAt,
          archiveNumber: "",
        };
        cases.push(c);
        addItem(c, 0, recommendation);
      };
      const date = norwegianDate(previous?.startsAt ?? scheduledBefore(body, m.startsAt));
      const council = body.slug === "kommunestyret" || body.slug === "formannskapet";
      if (council) m.opening.push(entry("notice_approval", "Innkalling og saksliste godkjennes."));
      m.opening.push(
        entry("minutes_approval", `Protokoll fra møte ${date} godkjennes.`, {
          text: `Protokoll fra møte ${date}`,
        }),
      );
      if (body.slug === "kommunestyret") {
        const ref = expect(REFERENCE_ITEMS[referenceIndex % REFERENCE_ITEMS.length], "reference");
        referenceIndex++;
        routine(ref.title, "RS", ref, "Referatsaken tas til orientering.", TYPE_GROUP.RS);
      }
      if (body.slug === "formannskapet") {
        const orientation = expect(ORIENTATIONS[index % ORIENTATIONS.length], "orientation");
        m.closing.push(entry("orientation", "Orienteringen tas til orientering.", orientation));
        const year = osloParts(createdAt).year;
        const letterDay = (daysBefore: number) =>
          osloDay(new Date(createdAt.getTime() - daysBefore * DAY_MS));
        const letters: LetterInput[] = [0, 1].map((n) => {
          const letter = expect(
            FORMANNSKAP_LETTERS[(letterIndex + n) % FORMANNSKAP_LETTERS.length],
            "letter",
          );
          journalNumber += 3 + n;
          return {
            direction: letter.internal ? "internal" : "incoming",
            correspondent: letter.from,
            letterDate: letterDay(10 - 4 * n),
            title: letter.title,
            journalReference: `${year}/${journalNumber}-${1 + n}`,
            exemptionBasis: null,
          };
        });
        letterIndex += 2;
        // Every other meeting also reports a letter from a private person, which is exempt.
        const exempt = index % 2 === 0 ? EXEMPT_LETTERS[(index / 2) % EXEMPT_LETTERS.length] : null;
        if (exempt)
          letters.push({
            direction: "incoming",
            correspondent: exempt.from,
            letterDate: letterDay(2),
            title: exempt.title,
            journalReference: `${year}/${journalNumber + 1}-1`,
            exemptionBasis: LETTER_EXEMPTION_BASIS,
          });
        m.closing.push(entry("letters", "Referatsakene tas til orientering.", { letters }));
      }
      if (council) m.closing.push(entry("any_other_business", null));
      if (body.slug === "planutvalget") {
        const count = 18 + Math.floor(routineRng() * 40);
        const period = `${date}–${norwegianDate(createdAt)}`;
        routine(
          `Delegerte vedtak i plan- og byggesaker ${period}`,
          "DS",
          {
            summary: [
              `Kommunedirektøren har i perioden ${period} fattet ${count} vedtak i plan- og byggesaker etter delegeringsreglementet, blant annet rammetillatelser, igangsettingstillatelser, delingssaker og mindre dispensasjoner.`,
              "Listen over vedtakene følger som vedlegg. Planutvalget kan be om å få seg forelagt enkeltsaker.",
            ],
            facts: [
              "Vedtakene er fattet etter plan- og bygningsloven med hjemmel i delegeringsreglementet. Klagefristen er tre uker fra vedtaket ble kjent for partene.",
            ],
            assessment: [
              "Kommunedirektøren legger fram listen slik at planutvalget kan følge med på hvordan den delegerte myndigheten brukes.",
            ],
          },
          "Delegerte vedtak tas til orientering.",
          TYPE_GROUP.DS,
        );
      }
      previous = m;
    }
  }

  // Each agenda is set once, in item order: the hour before the notice, or for a meeting
  // whose notice is still ahead, just before `now`. A case reaches a later body on its route
  // only if the body before has treated it by then.
  const agendaAt = (m: PlannedMeeting) =>
    new Date(Math.min(agendaTime(m.startsAt).getTime(), nowMs - HOUR_MS));
  const isHeld = (m: PlannedMeeting) => minutesTime(m.startsAt).getTime() <= nowMs;
  const onAgenda = new Set<PlannedItem>();
  const byAgendaTime = [...meetings].sort((a, b) => agendaAt(a).getTime() - agendaAt(b).getTime());
  for (const m of byAgendaTime) {
    m.items.sort((a, b) => a.case.group - b.case.group || a.case.order - b.case.order);
    m.items = m.items.filter((item) => {
      if (item.step === 0) return true;
      const before = expect(item.case.route[item.step - 1], "previous route meeting");
      const treated = before.items.some((other) => other.case === item.case && onAgenda.has(other));
      return treated && isHeld(before) && minutesTime(before.startsAt) < agendaAt(m);
    });
    for (const item of m.items) onAgenda.add(item);
  }

  // Archive numbers in order of registration.
  const archiveRng = createRng(7);
  const sequence = new Map<number, number>();
  const byCreation = [...cases].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.order - b.order,
  );
  for (const c of byCreation) {
    const year = osloParts(c.createdAt).year;
    const next =
      (sequence.get(year) ?? 80 + Math.floor(archiveRng() * 40)) +
      1 +
      Math.floor(archiveRng() * 25);
    sequence.set(year, next);
    c.archiveNumber = `${year}/${next}`;
  }

  // Presentations as plain-text blobs.
  const encoder = new TextEncoder();
  const blobs = new Map<string, DemoBlob>();
  const presentationOf = new Map<PlannedCase, DemoBlob>();
  for (const c of cases) {
    const bytes = encoder.encode(presentationText(c));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const blob = { sha256, mediaType: "text/plain; charset=utf-8", bytes };
    presentationOf.set(c, blob);
    blobs.set(sha256, blob);
  }

  // Fritak: once the council has granted it, the member's seats end on the meeting day (the
  // member sat in that meeting, as its roll call says) and the successor's seat starts the day
  // after, entered that morning. `day` is the successor's first day.
  const fritak = (key: string): { day: string; at: Date } | null => {
    const c = cases[CASE_TEMPLATES.findIndex((t) => t.key === key)];
    const meeting = c?.route[c.route.length - 1];
    if (!meeting?.items.some((item) => item.case === c)) return null;
    const day = osloDay(meeting.startsAt);
    const at = osloDateTime(addDays(day, 1), "09:00");
    // Near the start of a term the case may fall in the term before; then nobody moves.
    return isHeld(meeting) && at.getTime() <= nowMs && day > currentStart
      ? { day: addDays(day, 1), at }
      : null;
  };

  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom("municipality")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) throw new Error("seedDemo needs an empty database");
    const actor = DEMO_ACTOR;
    const history = new History(setupAt, now);
    const memberships = [...people.memberships];
    let municipalityId = 0;
    const termIds = new Map<"current" | "previous", number>();
    const partyIds = new Map<string, number>();
    const bodyIds = new Map<string, number>();
    const partyOf = (short: string) => expect(partyIds.get(short), `party ${short}`);
    const bodyOf = (slug: string) => expect(bodyIds.get(slug), `body ${slug}`);
    const idOf = <T extends { id?: number }>(row: T, what: string) => expect(row.id, what);

    const addSeat = async (m: PlannedMembership, at: Date) => {
      m.id = await addMembership({
        actor,
        body: { id: bodyOf(m.body) },
        input: {
          termId: expect(termIds.get(m.term), "term"),
          personId: idOf(m.person, "person"),
          role: m.role,
          listId: m.list ? partyOf(m.list) : null,
          substituteRank: m.rank,
          hasVote: m.hasVote,
          startsOn: m.startsOn,
          endsOn: m.endsOn,
        },
        now: at,
        tx,
      });
    };

    // The registry and the meeting plan, entered when the municipality took Folkestyre into use.
    history.at(setupAt, async (at) => {
      municipalityId = await createMunicipality({
        actor,
        input: { name: MUNICIPALITY.name, shortName: MUNICIPALITY.shortName },
        now: at,
        tx,
      });
      for (const [which, term] of [
        ["previous", previousTerm],
        ["current", currentTerm],
      ] as const)
        termIds.set(which, await createTerm({ actor, input: { ...term }, now: at, tx }));
      for (const p of PARTIES)
        partyIds.set(
          p.shortName,
          await createParty({
            actor,
            input: { name: p.name, shortName: p.shortName, isJointList: false, partyIds: [] },
            now: at,
            tx,
          }),
        );
      partyIds.set(
        JOINT_LIST.shortName,
        await createParty({
          actor,
          input: {
            name: JOINT_LIST.name,
            shortName: JOINT_LIST.shortName,
            isJointList: true,
            partyIds: JOINT_LIST.parties.map(partyOf),
          },
          now: at,
          tx,
        }),
      );
      for (const p of people.persons)
        p.id = await createPerson({
          actor,
          input: {
            givenName: p.given,
            familyName: p.family,
            email: p.email,
            phone: null,
            partyId: p.party ? partyOf(p.party) : null,
          },
          now: at,
          tx,
        });
      for (const b of BODIES)
        bodyIds.set(
          b.slug,
          await createBody({
            actor,
            input: {
              name: b.name,
              shortName: b.shortName,
              slug: b.slug,
              kind: b.kind,
              seatCount: b.seatCount,
              noticeDays: DEFAULT_RULES.noticeDays,
              description: b.description,
              isActive: true,
            },
            now: at,
            tx,
          }),
        );
      for (const m of memberships) await addSeat(m, at);
      const plan = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (const m of plan)
        m.id = accepted(
          await createMeeting({
            actor,
            input: {
              bodyId: bodyOf(m.body.slug),
              startsAt: m.startsAt,
              endsAt: null,
              location: m.location,
              room: m.room,
              isRemote: m.isRemote,
            },
            now: at,
            tx,
          }),
          "meeting",
        ).meetingId;
    });

    for (const c of byCreation)
      history.at(c.createdAt, async (at) => {
        c.id = accepted(
          await createCase({
            actor,
            input: {
              archiveCaseNumber: c.archiveNumber,
              title: c.title,
              caseType: c.type,
              caseOfficer: c.officer,
              ownerId: null,
              responsibleUnit: c.unit,
              summary: c.summary,
              facts: c.facts,
              assessment: c.assessment,
              recommendation: c.recommendation,
              access: c.exempt ? "exempt" : "public",
              publicTitle: c.publicTitle,
              exemptionBasis: c.exempt ? EXEMPTION_BASIS : null,
              route: c.route.map((m) => bodyOf(m.body.slug)),
            },
            now: at,
            tx,
          }),
          "case",
        ).caseId;
        const blob = expect(presentationOf.get(c), "presentation");
        await addCaseDocument({
          actor,
          caseId: c.id,
          file: {
            sha256: blob.sha256,
            size: blob.bytes.byteLength,
            mediaType: blob.mediaType,
            fileName: `saksframlegg-${c.id}.txt`,
          },
          title: "Saksframlegg",
          kind: "presentation",
          now: at,
          tx,
        });
      });
    for (const c of byCreation)
      for (const step of DEMO_CASE_STEPS)
        history.at(new Date(c.createdAt.getTime() + step.afterHours * 3_600_000), async (at) => {
          accepted(
            await step.run({
              actor: step.actor,
              current: await lockCase(tx, idOf(c, "case")),
              now: at,
              tx,
            }),
            "case step",
          );
        });

    const lock = (m: PlannedMeeting) => lockMeeting(tx, idOf(m, "meeting"));
    const entryOf = new Map<number, PlannedEntry>();
    let heldCount = 0;
    const entryPlan = (planned: PlannedEntry): ConsoleItemPlan => ({
      kind: "entry",
      caseKey: null,
      formDecision: planned.decision,
      expectedDecision: planned.decision ?? "",
      additions: [],
      exempt: false,
      lastStep: true,
    });
    const inOrder = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const latestHeld = new Map(inOrder.filter(isHeld).map((m) => [m.body.slug, m]));
    for (const m of inOrder) {
      if (m.cancelled) {
        history.at(osloDateTime(addDays(osloDay(now), -2), "10:00"), async (at) => {
          accepted(await cancelMeeting({ actor, meeting: await lock(m), now: at, tx }), "cancel");
        });
        continue;
      }
      if (m.items.length + m.opening.length + m.closing.length === 0) continue;
      history.at(agendaAt(m), async (at) => {
        // Adding items leaves the meeting's row as it was, so one lock serves the whole agenda.
        const meeting = await lock(m);
        const addEntry = async (planned: PlannedEntry) => {
          const { itemId } = accepted(
            await addAgendaEntry({ actor, meeting, entry: planned, now: at, tx }),
            "agenda entry",
          );
          entryOf.set(itemId, planned);
          for (const letter of planned.letters)
            accepted(
              await addAgendaLetter({ actor, meeting, itemId, letter, now: at, tx }),
              "letter",
            );
        };
        for (const planned of m.opening) await addEntry(planned);
        for (const item of m.items) {
          const { itemId } = accepted(
            await addAgendaItem({
              actor,
              meeting,
              caseId: idOf(item.case, "case"),
              now: at,
              tx,
            }),
            "agenda item",
          );
          if (item.case.exempt)
            accepted(
              await updateAgendaItem({
                actor,
                meeting,
                itemId,
                closedBasis: CLOSED_BASIS,
                now: at,
                tx,
              }),
              "closed item",
            );
        }
        for (const planned of m.closing) await addEntry(planned);
      });
      if (noticeTime(m.startsAt).getTime() > nowMs) continue;
      history.at(noticeTime(m.startsAt), async (at) => {
        accepted(await publishNotice({ actor, meeting: await lock(m), now: at, tx }), "notice");
        // The papers of recent and coming meetings are made by the publishing jobs after the
        // start, as for a real notice, without mails: the demo replays history.
        if (m.startsAt.getTime() < nowMs - PAPERS_FOR_DAYS * DAY_MS) return;
        const meeting = await lock(m);
        const answers = new Map(
          (await accessQuestions(tx, meeting.id)).map((question) => [question.documentId, false]),
        );
        accepted(
          await requestPublication({ actor, meeting, answers, meetingUrl: null, now: at, tx }),
          "papers",
        );
      });
      if (!isHeld(m)) continue;
      scheduleHeldMeeting((at, run) => history.at(at, run), {
        tx,
        actor,
        meetingId: () => idOf(m, "meeting"),
        plan: {
          bodySlug: m.body.slug,
          startsAt: m.startsAt,
          seed: 9_000 + heldCount++,
          names,
          items: [
            ...m.opening.map(entryPlan),
            ...m.items.map(
              (item): ConsoleItemPlan => ({
                kind: "case",
                caseKey: item.case.key,
                formDecision:
                  item.case.type === "SP" || item.case.type === "FO" ? item.decision : null,
                expectedDecision: item.decision,
                additions: item.additions,
                exempt: item.case.exempt,
                lastStep: item.step === item.case.route.length - 1,
              }),
            ),
            ...m.closing.map(entryPlan),
          ],
        },
      });
      history.at(minutesTime(m.startsAt), async (at) => {
        accepted(
          await holdMeeting({
            actor,
            meeting: await lock(m),
            endsAt: meetingEnd(m.startsAt),
            now: at,
            tx,
          }),
          "held meeting",
        );
        // The body's latest held meeting has its minutes out as a draft, not yet approved; the
        // earlier ones were approved at the body's next meeting, which published them as final.
        if (latestHeld.get(m.body.slug) === m)
          accepted(
            await requestMinutesVersion({
              actor,
              meeting: await lock(m),
              kind: "draft",
              reason: null,
              now: at,
              tx,
            }),
            "draft minutes",
          );
      });
    }

    const move = (
      day: string,
      at: Date,
      leaving: (m: PlannedMembership) => boolean,
      successor: PlannedMembership,
    ) =>
      history.at(at, async (when) => {
        for (const m of memberships.filter((m) => m.term === "current" && leaving(m))) {
          m.endsOn = addDays(day, -1);
          await endMembership({
            actor,
            membership: {
              id: idOf(m, "membership"),
              startsOn: m.startsOn,
              endsOn: null,
              term: currentTerm,
            },
            endsOn: m.endsOn,
            now: when,
            tx,
          });
        }
        memberships.push(successor);
        await addSeat(successor, when);
      });
    const granted1 = fritak("fritak-1");
    if (granted1)
      move(
        granted1.day,
        granted1.at,
        (m) =>
          m.person === people.fritak1 ||
          (m.person === people.fritak1Sub && m.body === "kommunestyret"),
        {
          body: "kommunestyret",
          term: "current",
          person: people.fritak1Sub,
          role: "member",
          list: "H",
          rank: null,
          hasVote: true,
          startsOn: granted1.day,
          endsOn: null,
        },
      );
    const granted2 = fritak("fritak-2");
    if (granted2)
      move(
        granted2.day,
        granted2.at,
        (m) => m.person === people.fritak2 && m.body === "hovedutvalg-for-oppvekst-og-kultur",
        {
          body: "hovedutvalg-for-oppvekst-og-kultur",
          term: "current",
          person: people.fritak2New,
          role: "member",
          list: "SV",
          rank: null,
          hasVote: true,
          startsOn: granted2.day,
          endsOn: null,
        },
      );

    await history.replay();

    const series = await tx
      .selectFrom("case_number_series")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const counts: DemoCounts = {
      terms: termIds.size,
      parties: partyIds.size,
      persons: people.persons.length,
      bodies: bodyIds.size,
      memberships: memberships.length,
      meetings: meetings.length,
      cases: cases.length,
      routeSteps: cases.reduce((sum, c) => sum + c.route.length, 0),
      agendaItems: onAgenda.size,
      agendaEntries: entryOf.size,
      letters: [...entryOf.values()].reduce((sum, planned) => sum + planned.letters.length, 0),
      numberSeries: Number(series.n),
      documents: cases.length,
      blobs: blobs.size,
    };
    await writeAudit(tx, {
      actor,
      at: now,
      action: "demo.seed",
      visibility: "public",
      entityType: "municipality",
      entityId: municipalityId,
      details: { counts },
    });
    await refreshSearchIndexForTransaction(tx);
    return { municipalityId, counts, blobs: [...blobs.values()] };
  });
}
