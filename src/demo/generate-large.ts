import { createHash } from "node:crypto";
import { type RawBuilder, sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { BodyKind, CaseType, MeetingStatus } from "../db/schema.ts";
import { recommendationHeading } from "../domain/genitive.ts";
import { electionTermFrom, electionTermOn } from "../domain/terms.ts";
import { osloDateTime, osloDay, osloParts } from "../domain/time.ts";
import { refreshSearchIndexForTransaction } from "../features/search/refresh-search-index.ts";
import {
  CLOSED_BASIS,
  EXEMPTION_BASIS,
  FAMILY_NAMES,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  LARGE_CENTRAL_BODIES,
  LARGE_DISTRICT_BODIES,
  LARGE_DISTRICTS,
  LARGE_TITLE_OBJECTS,
  LARGE_TITLE_SUBJECTS,
  PARTIES,
} from "./demo-data.ts";
import { createRng, type DemoBlob, dhondt, emailLocalPart, nthWeekday, pick } from "./seed-demo.ts";
import { agendaTime, decisionTime, meetingEnd, minutesTime, noticeTime } from "./timeline.ts";

export interface GenerateLargeOptions {
  /** Number of bodies; default 72 (a council, 11 central bodies, 15 districts with four each). */
  bodies?: number;
  /** Years of history up to and including the year of `now`; default 15. */
  years?: number;
  /** Cases per year; default 7 000. */
  casesPerYear?: number;
  now: Date;
  onProgress?: (message: string) => void;
}

export interface GenerateLargeResult {
  bodies: number;
  meetings: number;
  cases: number;
  agendaItems: number;
  documents: number;
  /** The file contents the documents point at, for the caller to put in the blob store. */
  blobs: DemoBlob[];
}

/** Every generated document shares these bytes; the data set is about rows, not files. */
const DOCUMENT_TEXT = new TextEncoder().encode(
  "Dokument i testkommunen. Innholdet er det samme for alle genererte dokumenter.\n",
);

/**
 * What the documents' extracted text says: the case's title and a few of these sentences, so
 * that search has text of a realistic size and spread to work on (common words in every text,
 * rarer ones in few). The sentences are drawn from a random stream of their own, so the rest of
 * the municipality is the same with or without them.
 */
const DOCUMENT_SENTENCES: readonly string[] = [
  "Kommunedirektøren viser til vedlagte saksutredning og tidligere politisk behandling.",
  "Tiltaket er innarbeidet i økonomiplanen og finansieres innenfor vedtatt budsjettramme.",
  "Saken har vært på høring hos berørte parter, og innspillene er oppsummert nedenfor.",
  "Barnehageutbyggingen i området må ses i sammenheng med skolekapasiteten de neste årene.",
  "Trafikksikkerheten langs skoleveien er vurdert, og det anbefales fortau og gatelys.",
  "Reguleringsplanen legger til rette for boliger, næring og grøntområder i sentrum.",
  "Vann- og avløpsnettet i bydelen har et betydelig vedlikeholdsetterslep.",
  "Eldrerådet og rådet for personer med funksjonsnedsettelse har uttalt seg i saken.",
  "Klima- og miljøvirkningene er vurdert etter kommunens klimaplan.",
  "Prosjektet har en kostnadsramme på om lag 40 millioner kroner inkludert merverdiavgift.",
  "Administrasjonen vil komme tilbake med en egen sak om driftsmodell og bemanning.",
  "Kulturhuset og biblioteket foreslås samlokalisert for å gi bedre tilbud og lavere drift.",
];
/** Words only a few documents hold, for the bench's rare-word searches. */
const RARE_SENTENCES: readonly string[] = [
  "Det må bygges en flomvoll langs elvebredden før neste vårflom.",
  "Kirkegårdsforvaltningen ber om midler til ny urnelund.",
  "Gangbrua over jernbanen har skader i bærekonstruksjonen.",
];

function documentText(title: string, rng: () => number): string {
  const sentences = [title];
  const count = 6 + Math.floor(rng() * 10);
  for (let i = 0; i < count; i++) sentences.push(pick(rng, DOCUMENT_SENTENCES));
  if (rng() < 0.002) sentences.push(pick(rng, RARE_SENTENCES));
  return sentences.join(" ");
}

const DAY_MS = 86_400_000;
const CHUNK = 5_000;

type Column = {
  name: string;
  /** Postgres type of the column; text, int and bool travel as arrays of that type, the rest as text. */
  type: string;
  values: readonly unknown[];
};

/**
 * One multi-row INSERT … SELECT FROM unnest(…) per chunk: a handful of array parameters instead of
 * thousands of scalar ones, which is much faster on both PGlite and PostgreSQL.
 */
async function bulkInsert<R = Record<string, unknown>>(
  db: Database,
  table: string,
  columns: readonly Column[],
  returning: readonly string[] = [],
): Promise<R[]> {
  const length = columns[0]?.values.length ?? 0;
  const rows: R[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    const arrays: RawBuilder<unknown>[] = [];
    const selects: RawBuilder<unknown>[] = [];
    for (const c of columns) {
      const native = c.type === "text" || c.type === "int" || c.type === "bool";
      const values = c.values.slice(start, end);
      arrays.push(sql`${values}::${sql.raw(native ? c.type : "text")}[]`);
      selects.push(
        native ? sql`u.${sql.ref(c.name)}` : sql`u.${sql.ref(c.name)}::${sql.raw(c.type)}`,
      );
    }
    const names = sql.join(columns.map((c) => sql.ref(c.name)));
    const returningSql =
      returning.length > 0 ? sql` returning ${sql.join(returning.map((r) => sql.ref(r)))}` : sql``;
    const result =
      await sql<R>`insert into ${sql.table(table)} (${names}) select ${sql.join(selects)} from unnest(${sql.join(arrays)}) as u(${names})${returningSql}`.execute(
        db,
      );
    rows.push(...result.rows);
  }
  return rows;
}

interface LargeBody {
  slug: string;
  name: string;
  shortName: string;
  kind: BodyKind;
  seatCount: number;
  id: number;
}

interface LargeMeeting {
  body: LargeBody;
  startsAt: Date;
  status: MeetingStatus;
  year: number;
  id: number;
  items: LargeItem[];
}

interface LargeCase {
  archive: string;
  title: string;
  type: CaseType;
  exempt: boolean;
  publicTitle: string | null;
  recommendation: string;
  route: LargeMeeting[];
  id: number;
}

interface LargeItem {
  case: LargeCase;
  step: number;
}

function buildBodies(count: number): Omit<LargeBody, "id">[] {
  const all: Omit<LargeBody, "id">[] = LARGE_CENTRAL_BODIES.map((b) => ({ ...b }));
  LARGE_DISTRICTS.forEach((district) => {
    const districtSlug = emailLocalPart(district).replaceAll(".", "-");
    for (const b of LARGE_DISTRICT_BODIES) {
      all.push({
        slug: `${b.slugPrefix}-${districtSlug}`,
        name: `${b.name} i bydel ${district}`,
        shortName: b.shortName,
        kind: b.kind,
        seatCount: b.seatCount,
      });
    }
  });
  for (let n = all.length + 1; all.length < count; n++) {
    all.push({
      slug: `ad-hoc-utvalg-${n}`,
      name: `Ad hoc-utvalg ${n}`,
      shortName: `AH${n}`,
      kind: "ad_hoc_committee",
      seatCount: 7,
    });
  }
  return all.slice(0, count);
}

/**
 * Generates an Oslo-sized municipality for benchmarks into an empty, migrated database: bodies,
 * terms, parties, a few thousand persons with memberships, meetings over the years, and cases
 * with agenda items numbered per body, case type and year. Deterministic for a given `now`.
 *
 * This is the one bulk path past the use cases: a hundred thousand cases through them would
 * take hours. It keeps their rules by construction instead (see docs/decisions/0008): the
 * meeting timeline of timeline.ts, numbers drawn in meeting order, a case on the council's
 * agenda only after the committee before it has treated it, and one audit row for the run.
 */
export async function generateLarge(
  db: Database,
  options: GenerateLargeOptions,
): Promise<GenerateLargeResult> {
  const now = options.now;
  const nowMs = now.getTime();
  const years = options.years ?? 15;
  const casesPerYear = options.casesPerYear ?? 7_000;
  const bodyCount = options.bodies ?? LARGE_CENTRAL_BODIES.length + LARGE_DISTRICTS.length * 4;
  const progress = options.onProgress ?? (() => {});
  const rng = createRng(1_000_003);
  const isHeld = (startsAt: Date): boolean => minutesTime(startsAt) <= now;
  const endYear = osloParts(now).year;
  const startYear = endYear - years + 1;

  return db.transaction().execute(async (trx) => {
    const municipality = await trx
      .insertInto("municipality")
      .values({
        name: "Oslo-størrelse testkommune",
        short_name: "Testby",
        organisation_number: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    // Terms: four-year terms from 1 October, covering every year of history.
    const termRows: { name: string; starts_on: string; ends_on: string }[] = [];
    const today = osloDay(now);
    for (
      let term = electionTermOn(`${startYear - 1}-01-01`);
      term.startsOn <= today;
      term = electionTermFrom(Number(term.startsOn.slice(0, 4)) + 4)
    ) {
      termRows.push({ name: term.name, starts_on: term.startsOn, ends_on: term.endsOn });
    }
    const terms = await trx
      .insertInto("term")
      .values(termRows)
      .returning(["id", "starts_on", "ends_on"])
      .execute();
    progress(`${terms.length} terms`);

    const partyData = [...PARTIES, { name: "Miljøpartiet De Grønne", shortName: "MDG" }];
    const partyVotes = [15, 16, 6, 2, 6, 5, 2, 3, 4];
    const parties = await trx
      .insertInto("party")
      .values(partyData.map((p) => ({ name: p.name, short_name: p.shortName })))
      .returning(["id", "short_name"])
      .execute();
    const votes = parties.map((p, i) => ({ list: String(p.id), votes: partyVotes[i] ?? 1 }));

    // Persons, most with a party.
    const personCount = Math.max(3_000, bodyCount * 40);
    const given: string[] = [];
    const family: string[] = [];
    const emails: string[] = [];
    const personParty: (number | null)[] = [];
    for (let i = 0; i < personCount; i++) {
      const g = pick(rng, i % 2 === 0 ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
      const f = pick(rng, FAMILY_NAMES);
      given.push(g);
      family.push(f);
      emails.push(`${emailLocalPart(g, f)}.${i + 1}@testby.kommune.no`);
      personParty.push(i % 10 === 9 ? null : (parties[i % parties.length]?.id ?? null));
    }
    const personRows = await bulkInsert<{ id: number; email: string }>(
      trx,
      "person",
      [
        { name: "given_name", type: "text", values: given },
        { name: "family_name", type: "text", values: family },
        { name: "email", type: "text", values: emails },
        { name: "party_id", type: "int", values: personParty },
        {
          name: "created_at",
          type: "timestamptz",
          values: given.map(() => `${startYear}-01-01T08:00:00Z`),
        },
      ],
      ["id", "email"],
    );
    const personIdByEmail = new Map(personRows.map((r) => [r.email, r.id]));
    const poolByParty = new Map<number, number[]>();
    emails.forEach((email, i) => {
      const party = personParty[i];
      if (party == null) return;
      const pool = poolByParty.get(party) ?? [];
      pool.push(personIdByEmail.get(email) ?? 0);
      poolByParty.set(party, pool);
    });
    progress(`${personRows.length} persons`);

    const bodyData = buildBodies(bodyCount);
    const bodyRows = await trx
      .insertInto("body")
      .values(
        bodyData.map((b, i) => ({
          slug: b.slug,
          name: b.name,
          short_name: b.shortName,
          kind: b.kind,
          seat_count: b.seatCount,
          sort_order: (i + 1) * 10,
          description: `${b.name} er et folkevalgt organ i testkommunen.`,
        })),
      )
      .returning(["id", "slug"])
      .execute();
    const bodyIdBySlug = new Map(bodyRows.map((r) => [r.slug, r.id]));
    const bodies: LargeBody[] = bodyData.map((b) => ({ ...b, id: bodyIdBySlug.get(b.slug) ?? 0 }));
    progress(`${bodies.length} bodies`);

    // Memberships per term and body: seats by d'Hondt, substitutes ranked per list.
    const m = {
      body: [] as number[],
      term: [] as number[],
      person: [] as number[],
      role: [] as string[],
      list: [] as number[],
      rank: [] as (number | null)[],
      starts: [] as string[],
      ends: [] as (string | null)[],
    };
    const cursor = new Map<number, number>();
    for (const term of terms) {
      const past = term.ends_on < today;
      for (const body of bodies) {
        const seats = dhondt(votes, body.seatCount);
        let seatIndex = 0;
        for (const [list, n] of seats) {
          if (n === 0) continue;
          const partyId = Number(list);
          const pool = poolByParty.get(partyId) ?? [];
          const take = Math.min(pool.length, n + n + 1);
          const start = cursor.get(partyId) ?? 0;
          cursor.set(partyId, (start + take) % Math.max(1, pool.length));
          for (let k = 0; k < take; k++) {
            const member = k < n;
            m.body.push(body.id);
            m.term.push(term.id);
            m.person.push(pool[(start + k) % pool.length] ?? 0);
            m.role.push(
              member
                ? seatIndex === 0
                  ? "leader"
                  : seatIndex === 1
                    ? "deputy_leader"
                    : "member"
                : "substitute",
            );
            if (member) seatIndex++;
            m.list.push(partyId);
            m.rank.push(member ? null : k - n + 1);
            m.starts.push(term.starts_on);
            m.ends.push(past ? term.ends_on : null);
          }
        }
      }
    }
    await bulkInsert(trx, "membership", [
      { name: "body_id", type: "int", values: m.body },
      { name: "term_id", type: "int", values: m.term },
      { name: "person_id", type: "int", values: m.person },
      { name: "role", type: "membership_role", values: m.role },
      { name: "list_id", type: "int", values: m.list },
      { name: "substitute_rank", type: "int", values: m.rank },
      { name: "starts_on", type: "date", values: m.starts },
      { name: "ends_on", type: "date", values: m.ends },
    ]);
    progress(`${m.body.length} memberships`);

    // Meetings: the council eleven times a year, the others ten, up to half a year ahead.
    const horizon = nowMs + 183 * DAY_MS;
    const planned: Omit<LargeMeeting, "id">[] = [];
    bodies.forEach((body, i) => {
      const weekday = 1 + (i % 4);
      const nth = 1 + (Math.floor(i / 4) % 4);
      const hour = i % 2 === 0 ? 18 : 17;
      const months =
        body.kind === "council"
          ? [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
          : [2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
      const own: Omit<LargeMeeting, "id">[] = [];
      for (let year = startYear; year <= endYear + 1; year++) {
        for (const month of months) {
          const day = nthWeekday(year, month, weekday, nth);
          const startsAt = osloDateTime(
            `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
            `${hour}:00`,
          );
          if (startsAt.getTime() > horizon) continue;
          const status: MeetingStatus = isHeld(startsAt)
            ? "minutes_approved"
            : noticeTime(startsAt) <= now
              ? "notice_published"
              : "planned";
          own.push({ body, startsAt, status, year, items: [] });
        }
      }
      const lastPast = own.filter((x) => x.status === "minutes_approved").pop();
      if (lastPast) lastPast.status = "held";
      planned.push(...own);
    });
    planned.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.body.id - b.body.id);
    // Meeting numbers in the body's year (møte 5/2026), drawn with each notice in date order.
    const meetingSeries = new Map<string, { body: number; year: number; last: number }>();
    const meetingNumbers = planned.map((x) => {
      if (x.status === "planned") return null;
      const key = `${x.body.id}|${x.year}`;
      const counter = meetingSeries.get(key) ?? { body: x.body.id, year: x.year, last: 0 };
      counter.last += 1;
      meetingSeries.set(key, counter);
      return counter.last;
    });
    const meetingRows = await bulkInsert<{ id: number; body_id: number; starts_at: Date }>(
      trx,
      "meeting",
      [
        { name: "body_id", type: "int", values: planned.map((x) => x.body.id) },
        {
          name: "starts_at",
          type: "timestamptz",
          values: planned.map((x) => x.startsAt.toISOString()),
        },
        {
          name: "ends_at",
          type: "timestamptz",
          values: planned.map((x) =>
            isHeld(x.startsAt) ? meetingEnd(x.startsAt).toISOString() : null,
          ),
        },
        {
          name: "location",
          type: "text",
          values: planned.map(() => "Rådhuset"),
        },
        {
          name: "room",
          type: "text",
          values: planned.map((x) => `Møterom ${x.body.shortName}`),
        },
        {
          name: "series_year",
          type: "int",
          values: planned.map((x, i) => (meetingNumbers[i] === null ? null : x.year)),
        },
        { name: "series_number", type: "int", values: meetingNumbers },
        { name: "status", type: "meeting_status", values: planned.map((x) => x.status) },
        {
          name: "notice_published_at",
          type: "timestamptz",
          values: planned.map((x) =>
            x.status === "planned" ? null : noticeTime(x.startsAt).toISOString(),
          ),
        },
        {
          name: "updated_at",
          type: "timestamptz",
          values: planned.map((x) =>
            (isHeld(x.startsAt)
              ? minutesTime(x.startsAt)
              : x.status === "notice_published"
                ? noticeTime(x.startsAt)
                : now
            ).toISOString(),
          ),
        },
      ],
      ["id", "body_id", "starts_at"],
    );
    const meetingIdByKey = new Map(
      meetingRows.map((r) => [`${r.body_id}|${new Date(r.starts_at).getTime()}`, r.id]),
    );
    const meetings: LargeMeeting[] = planned.map((x) => ({
      ...x,
      id: meetingIdByKey.get(`${x.body.id}|${x.startsAt.getTime()}`) ?? 0,
    }));
    progress(`${meetings.length} meetings`);

    // Cases spread over each year's meetings; some committee cases go on to the council.
    const councilMeetings = meetings.filter((x) => x.body.kind === "council");
    /** The first council meeting whose agenda is set after the committee has treated the case. */
    const nextCouncilMeeting = (committee: LargeMeeting): LargeMeeting | undefined => {
      const treated = minutesTime(committee.startsAt).getTime();
      let lo = 0;
      let hi = councilMeetings.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const council = councilMeetings[mid];
        if (council && agendaTime(council.startsAt).getTime() <= treated) lo = mid + 1;
        else hi = mid;
      }
      return councilMeetings[lo];
    };
    const cases: LargeCase[] = [];
    for (let year = startYear; year <= endYear; year++) {
      const ofYear = meetings.filter((x) => x.year === year);
      const held = ofYear.filter((x) => isHeld(x.startsAt));
      const pool = held.length > 0 ? held : ofYear;
      if (pool.length === 0) continue;
      for (let j = 0; j < casesPerYear; j++) {
        const meeting = pool[Math.floor((j * pool.length) / casesPerYear)] ?? pool[0];
        if (!meeting) continue;
        const r = rng();
        let type: CaseType =
          r < 0.7
            ? "PS"
            : r < 0.82
              ? "RS"
              : r < 0.88
                ? "DS"
                : r < 0.94
                  ? "OS"
                  : r < 0.97
                    ? "FO"
                    : "SP";
        if ((type === "FO" || type === "SP") && meeting.body.kind !== "council") type = "OS";
        const exempt = type === "PS" && rng() < 0.043; // about 3 % of all cases
        const subject = pick(rng, LARGE_TITLE_SUBJECTS);
        const object = pick(rng, LARGE_TITLE_OBJECTS);
        const district = pick(rng, LARGE_DISTRICTS);
        const title = exempt
          ? `Personalsak – ${pick(rng, GIVEN_NAMES_FEMALE)} ${pick(rng, FAMILY_NAMES)}, ${object}`
          : `${subject} ${object} – ${district}`;
        const route = [meeting];
        // A case goes on to the council only once the committee has treated it.
        if (type === "PS" && !exempt && meeting.body.kind !== "council" && rng() < 0.25) {
          const council = isHeld(meeting.startsAt) ? nextCouncilMeeting(meeting) : undefined;
          if (council && agendaTime(council.startsAt) <= now) route.push(council);
        }
        const last = route[route.length - 1] ?? meeting;
        const recommendation =
          type === "PS"
            ? `${last.body.name} vedtar kommunedirektørens forslag i saken som fremlagt.`
            : type === "FO" || type === "SP"
              ? "Besvares av ordføreren i møtet."
              : "Saken tas til orientering.";
        const c: LargeCase = {
          archive: `${year}/${j + 1}`,
          title,
          type,
          exempt,
          publicTitle: exempt ? "Personalsak" : null,
          recommendation,
          route,
          id: 0,
        };
        cases.push(c);
        route.forEach((rm, step) => {
          rm.items.push({ case: c, step });
        });
      }
    }
    progress(`${cases.length} cases planned`);

    const caseRows = await bulkInsert<{ id: number; archive_case_number: string }>(
      trx,
      "case",
      [
        { name: "archive_case_number", type: "text", values: cases.map((c) => c.archive) },
        { name: "title", type: "text", values: cases.map((c) => c.title) },
        { name: "case_type", type: "case_type", values: cases.map((c) => c.type) },
        {
          name: "case_officer",
          type: "text",
          values: cases.map((_, i) => `Saksbehandler ${1 + (i % 250)}`),
        },
        {
          name: "responsible_unit",
          type: "text",
          values: cases.map((c) => c.route[0]?.body.name ?? ""),
        },
        {
          name: "summary",
          type: "text",
          values: cases.map(
            (c) =>
              `Saken gjelder ${c.title.charAt(0).toLowerCase()}${c.title.slice(1)}.\n\nKommunedirektøren har vurdert saken og legger den fram for ${c.route[0]?.body.name.toLowerCase()}.`,
          ),
        },
        { name: "recommendation", type: "text", values: cases.map((c) => c.recommendation) },
        {
          name: "access",
          type: "access_status",
          values: cases.map((c) => (c.exempt ? "exempt" : "public")),
        },
        { name: "public_title", type: "text", values: cases.map((c) => c.publicTitle) },
        {
          name: "exemption_basis",
          type: "text",
          values: cases.map((c) => (c.exempt ? EXEMPTION_BASIS : null)),
        },
        {
          name: "created_at",
          type: "timestamptz",
          values: cases.map((c) =>
            new Date((c.route[0]?.startsAt.getTime() ?? nowMs) - 14 * DAY_MS).toISOString(),
          ),
        },
        {
          name: "updated_at",
          type: "timestamptz",
          values: cases.map((c) =>
            new Date(
              Math.min(nowMs, c.route[c.route.length - 1]?.startsAt.getTime() ?? nowMs),
            ).toISOString(),
          ),
        },
      ],
      ["id", "archive_case_number"],
    );
    const caseIdByArchive = new Map(caseRows.map((r) => [r.archive_case_number, r.id]));
    for (const c of cases) c.id = caseIdByArchive.get(c.archive) ?? 0;
    progress(`${caseRows.length} cases`);

    // A presentation for every case and an attachment for every other one, as real cases have.
    const blob: DemoBlob = {
      sha256: createHash("sha256").update(DOCUMENT_TEXT).digest("hex"),
      mediaType: "text/plain; charset=utf-8",
      bytes: DOCUMENT_TEXT,
    };
    await trx
      .insertInto("blob")
      .values({
        sha256: blob.sha256,
        size: DOCUMENT_TEXT.length,
        media_type: blob.mediaType,
        created_at: now,
      })
      .execute();
    const textRng = createRng(2_000_003);
    const documents = cases.flatMap((c, i) =>
      (i % 2 === 0 ? ["presentation", "attachment"] : ["presentation"]).map((kind) => ({
        case: c,
        kind,
      })),
    );
    await bulkInsert(trx, "document", [
      { name: "sha256", type: "text", values: documents.map(() => blob.sha256) },
      {
        name: "file_name",
        type: "text",
        values: documents.map((d) =>
          d.kind === "presentation" ? `saksframlegg-${d.case.id}.txt` : `vedlegg-${d.case.id}.txt`,
        ),
      },
      {
        name: "title",
        type: "text",
        values: documents.map((d) => (d.kind === "presentation" ? "Saksframlegg" : "Vedlegg 1")),
      },
      { name: "kind", type: "document_kind", values: documents.map((d) => d.kind) },
      {
        name: "access",
        type: "access_status",
        values: documents.map((d) => (d.case.exempt ? "exempt" : "public")),
      },
      {
        name: "exemption_basis",
        type: "text",
        values: documents.map((d) => (d.case.exempt ? EXEMPTION_BASIS : null)),
      },
      { name: "case_id", type: "int", values: documents.map((d) => d.case.id) },
      {
        name: "extracted_text",
        type: "text",
        values: documents.map((d) => documentText(d.case.title, textRng)),
      },
      {
        name: "created_at",
        type: "timestamptz",
        values: documents.map((d) =>
          new Date((d.case.route[0]?.startsAt.getTime() ?? nowMs) - 14 * DAY_MS).toISOString(),
        ),
      },
    ]);
    progress(`${documents.length} documents`);

    // A later step's recommendation is the decision before it, which is the case's own here.
    const steps = cases.flatMap((c) =>
      c.route.map((rm, i) => {
        const before = i > 0 ? c.route[i - 1] : undefined;
        return {
          c: c.id,
          p: i + 1,
          b: rm.body.id,
          recommendation: before ? c.recommendation : null,
          by: before ? recommendationHeading(before.body.name) : null,
        };
      }),
    );
    const stepRows = await bulkInsert<{ id: number; case_id: number; position: number }>(
      trx,
      "case_route_step",
      [
        { name: "case_id", type: "int", values: steps.map((s) => s.c) },
        { name: "position", type: "int", values: steps.map((s) => s.p) },
        { name: "body_id", type: "int", values: steps.map((s) => s.b) },
        { name: "recommendation", type: "text", values: steps.map((s) => s.recommendation) },
        { name: "recommendation_by", type: "text", values: steps.map((s) => s.by) },
      ],
      ["id", "case_id", "position"],
    );
    const stepIdOf = new Map(stepRows.map((r) => [`${r.case_id}/${r.position}`, r.id]));

    // Agenda items, numbered per body, case type and year in meeting order.
    const counters = new Map<
      string,
      { body: number; type: CaseType; year: number; last: number }
    >();
    const a = {
      meeting: [] as number[],
      case: [] as number[],
      step: [] as number[],
      position: [] as number[],
      type: [] as string[],
      year: [] as (number | null)[],
      number: [] as (number | null)[],
      closed: [] as boolean[],
      basis: [] as (string | null)[],
      decision: [] as (string | null)[],
      decidedAt: [] as (string | null)[],
    };
    for (const meeting of meetings) {
      const held = isHeld(meeting.startsAt);
      const numbered = meeting.status !== "planned" && meeting.status !== "cancelled";
      meeting.items.forEach((item, i) => {
        const c = item.case;
        let year: number | null = null;
        let number: number | null = null;
        if (numbered) {
          const key = `${meeting.body.id}|${c.type}|${meeting.year}`;
          const counter = counters.get(key) ?? {
            body: meeting.body.id,
            type: c.type,
            year: meeting.year,
            last: 0,
          };
          counter.last++;
          counters.set(key, counter);
          year = meeting.year;
          number = counter.last;
        }
        a.meeting.push(meeting.id);
        a.case.push(c.id);
        a.step.push(stepIdOf.get(`${c.id}/${item.step + 1}`) ?? 0);
        a.position.push(i + 1);
        a.type.push(c.type);
        a.year.push(year);
        a.number.push(number);
        a.closed.push(c.exempt);
        a.basis.push(c.exempt ? CLOSED_BASIS : null);
        a.decision.push(
          held
            ? c.type === "PS"
              ? c.recommendation
              : c.type === "FO" || c.type === "SP"
                ? "Besvart av ordføreren."
                : "Tatt til orientering."
            : null,
        );
        a.decidedAt.push(
          held ? decisionTime(meeting.startsAt, i, meeting.items.length).toISOString() : null,
        );
      });
      meeting.items = [];
    }
    await bulkInsert(trx, "agenda_item", [
      { name: "meeting_id", type: "int", values: a.meeting },
      { name: "case_id", type: "int", values: a.case },
      { name: "route_step_id", type: "int", values: a.step },
      { name: "position", type: "int", values: a.position },
      { name: "case_type", type: "case_type", values: a.type },
      { name: "series_year", type: "int", values: a.year },
      { name: "series_number", type: "int", values: a.number },
      { name: "is_closed", type: "bool", values: a.closed },
      { name: "closed_basis", type: "text", values: a.basis },
      { name: "decision", type: "text", values: a.decision },
      { name: "decided_at", type: "timestamptz", values: a.decidedAt },
    ]);
    progress(`${a.meeting.length} agenda items`);
    // A case its last body has decided is decided, as carryDecisionOn marks it in the app.
    await sql`update "case" c set status = 'decided', decided_at = a.decided_at
      from agenda_item a join case_route_step s on s.id = a.route_step_id
      where a.case_id = c.id and a.decided_at is not null
        and s.position = (select max(l.position) from case_route_step l where l.case_id = c.id)`.execute(
      trx,
    );

    const series = [...counters.values()];
    await bulkInsert(trx, "case_number_series", [
      { name: "body_id", type: "int", values: series.map((s) => s.body) },
      { name: "case_type", type: "case_type", values: series.map((s) => s.type) },
      { name: "year", type: "int", values: series.map((s) => s.year) },
      { name: "last_number", type: "int", values: series.map((s) => s.last) },
    ]);
    const numbered = [...meetingSeries.values()];
    await bulkInsert(trx, "meeting_number_series", [
      { name: "body_id", type: "int", values: numbered.map((s) => s.body) },
      { name: "year", type: "int", values: numbered.map((s) => s.year) },
      { name: "last_number", type: "int", values: numbered.map((s) => s.last) },
    ]);

    const result = {
      bodies: bodies.length,
      meetings: meetings.length,
      cases: cases.length,
      agendaItems: a.meeting.length,
      documents: documents.length,
    };
    await trx
      .insertInto("audit_log")
      .values({
        at: now,
        actor_user_id: null,
        actor_name: "Demodata",
        action: "demo.generate-large",
        entity_type: "municipality",
        entity_id: String(municipality.id),
        details: JSON.stringify({ counts: result }),
      })
      .execute();
    progress("search index");
    await refreshSearchIndexForTransaction(trx);
    return { ...result, blobs: [blob] };
  });
}
