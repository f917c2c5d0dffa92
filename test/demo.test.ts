import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { generateLarge } from "../src/demo/generate-large.ts";
import { type DemoSummary, EXEMPT_SECRETS, seedDemo } from "../src/demo/seed-demo.ts";
import { meetingEnd, minutesTime, noticeTime } from "../src/demo/timeline.ts";
import { bodyRules } from "../src/domain/rules.ts";
import { addOsloMonths, osloParts } from "../src/domain/time.ts";
import { presentVoters } from "../src/features/console/attendance-queries.ts";
import { daysOfNotice } from "../src/features/meetings/notice-deadline.ts";

const NOW = new Date("2026-11-26T12:00:00Z");
const TODAY = "2026-11-26";
const DAY_MS = 86_400_000;

async function freshDatabase(): Promise<DatabaseHandle> {
  const handle = await openDatabase({});
  await migrateToLatest(handle.db);
  return handle;
}

describe("the demo municipality", () => {
  let handle: DatabaseHandle;
  let summary: DemoSummary;

  beforeAll(async () => {
    handle = await freshDatabase();
    summary = await seedDemo(handle.db, { now: NOW });
  }, 240_000);

  afterAll(async () => {
    await handle?.close();
  });

  it("has the municipality, the current term and the previous one", async () => {
    const db = handle.db;
    const municipality = await db.selectFrom("municipality").selectAll().execute();
    expect(municipality).toHaveLength(1);
    expect(municipality[0]?.name).toBe("Eksempel kommune");
    expect(municipality[0]?.short_name).toBe("Eksempel");
    const terms = await db.selectFrom("term").selectAll().orderBy("starts_on").execute();
    expect(terms.map((t) => [t.name, t.starts_on, t.ends_on])).toEqual([
      ["2019–2023", "2019-10-01", "2023-09-30"],
      ["2023–2027", "2023-10-01", "2027-09-30"],
    ]);
  });

  it("has real parties and a joint list of two of them", async () => {
    const db = handle.db;
    const parties = await db.selectFrom("party").selectAll().execute();
    const plain = parties.filter((p) => !p.is_joint_list);
    expect(plain.length).toBeGreaterThanOrEqual(7);
    expect(plain.map((p) => p.short_name)).toEqual(
      expect.arrayContaining(["Ap", "H", "FrP", "Sp"]),
    );
    const joint = parties.filter((p) => p.is_joint_list);
    expect(joint).toHaveLength(1);
    const members = await db
      .selectFrom("joint_list_party")
      .where("joint_list_id", "=", joint[0]?.id ?? 0)
      .selectAll()
      .execute();
    expect(members).toHaveLength(2);
  });

  it("has persons with municipal e-mail addresses, politicians with a party", async () => {
    const db = handle.db;
    const persons = await db.selectFrom("person").selectAll().execute();
    expect(persons.length).toBeGreaterThan(100);
    for (const p of persons) expect(p.email).toMatch(/^[a-z.]+\d*@eksempel\.kommune\.no$/);
    expect(new Set(persons.map((p) => p.email)).size).toBe(persons.length);
    const councillors = await db
      .selectFrom("membership as m")
      .innerJoin("body as b", "b.id", "m.body_id")
      .innerJoin("person as p", "p.id", "m.person_id")
      .where("b.slug", "=", "kommunestyret")
      .select(["p.party_id"])
      .execute();
    for (const c of councillors) expect(c.party_id).not.toBeNull();
  });

  it("has the bodies with their seat counts, the council first", async () => {
    const bodies = await handle.db.selectFrom("body").selectAll().orderBy("sort_order").execute();
    expect(bodies[0]?.slug).toBe("kommunestyret");
    const seats = Object.fromEntries(bodies.map((b) => [b.slug, b.seat_count]));
    expect(seats).toMatchObject({
      kommunestyret: 35,
      formannskapet: 9,
      planutvalget: 9,
      kontrollutvalget: 5,
      eldreradet: 7,
      ungdomsradet: 9,
    });
    for (const b of bodies) expect(b.description).toMatch(/^[A-ZÆØÅ].+\.$/);
  });

  it("fills exactly the seats of every body today, with one mayor and one deputy", async () => {
    const db = handle.db;
    const rows = await sql<{
      slug: string;
      seat_count: number;
      voting: number;
      leaders: number;
      deputies: number;
    }>`
      select b.slug, b.seat_count,
        count(*) filter (where m.role <> 'substitute' and m.has_vote)::int as voting,
        count(*) filter (where m.role = 'leader')::int as leaders,
        count(*) filter (where m.role = 'deputy_leader')::int as deputies
      from body b
      join membership m on m.body_id = b.id
      join term t on t.id = m.term_id and t.name = '2023–2027'
      where m.starts_on <= ${TODAY}::date and (m.ends_on is null or m.ends_on >= ${TODAY}::date)
      group by b.slug, b.seat_count`.execute(db);
    expect(rows.rows).toHaveLength(9);
    for (const r of rows.rows) {
      expect(r.voting, r.slug).toBe(r.seat_count);
      expect(r.leaders, r.slug).toBe(1);
      expect(r.deputies, r.slug).toBe(1);
    }
    expect(rows.rows.find((r) => r.slug === "kommunestyret")?.voting).toBe(35);
  });

  it("ranks substitutes 1..n per body and list, at least seats + 2 per council list", async () => {
    const db = handle.db;
    const subs = await db
      .selectFrom("membership")
      .select(["body_id", "term_id", "list_id", "substitute_rank", "role"])
      .where("role", "=", "substitute")
      .execute();
    const groups = new Map<string, number[]>();
    for (const s of subs) {
      const key = `${s.body_id}|${s.term_id}|${s.list_id}`;
      groups.set(key, [...(groups.get(key) ?? []), Number(s.substitute_rank)]);
    }
    expect(groups.size).toBeGreaterThan(20);
    for (const [key, ranks] of groups) {
      const sorted = [...ranks].sort((a, b) => a - b);
      expect(sorted, key).toEqual(sorted.map((_, i) => i + 1));
    }
    const council = await sql<{ list_id: number; seats: number; subs: number }>`
      select m.list_id,
        count(*) filter (where m.role <> 'substitute' and m.ends_on is null)::int as seats,
        count(*) filter (where m.role = 'substitute')::int as subs
      from membership m join body b on b.id = m.body_id
      join term t on t.id = m.term_id and t.name = '2023–2027'
      where b.slug = 'kommunestyret' group by m.list_id`.execute(db);
    expect(council.rows.length).toBeGreaterThanOrEqual(7);
    for (const r of council.rows) expect(r.subs).toBeGreaterThanOrEqual(r.seats + 2);
  });

  it("draws the formannskap from the council, gives observers no vote, and records a fritak", async () => {
    const db = handle.db;
    const outsiders = await sql<{ n: number }>`
      select count(*)::int as n from membership f join body fb on fb.id = f.body_id and fb.slug = 'formannskapet'
      where f.role <> 'substitute' and not exists (
        select 1 from membership k join body kb on kb.id = k.body_id and kb.slug = 'kommunestyret'
        where k.person_id = f.person_id and k.term_id = f.term_id and k.role <> 'substitute')`.execute(
      db,
    );
    expect(outsiders.rows[0]?.n).toBe(0);
    const observers = await db
      .selectFrom("membership")
      .selectAll()
      .where("role", "=", "observer")
      .execute();
    expect(observers.length).toBeGreaterThan(0);
    for (const o of observers) expect(o.has_vote).toBe(false);
    // A membership that ended and a successor in the same seat from the next day.
    const moves = await sql<{ n: number }>`
      select count(*)::int as n from membership old join membership new
        on new.body_id = old.body_id and new.term_id = old.term_id and new.list_id = old.list_id
       and new.starts_on = old.ends_on + 1 and new.role = 'member'
      where old.ends_on is not null and old.role <> 'substitute'`.execute(db);
    expect(moves.rows[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it("plans meetings a year back and a year ahead, on weekdays at 17 or 18 Oslo time", async () => {
    const db = handle.db;
    const meetings = await db
      .selectFrom("meeting as m")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select([
        "m.id",
        "b.slug",
        "m.starts_at",
        "m.ends_at",
        "m.status",
        "m.notice_published_at",
        "m.is_remote",
        "m.location",
      ])
      .orderBy("m.starts_at")
      .execute();
    const first = meetings[0]?.starts_at.getTime() ?? 0;
    const last = meetings[meetings.length - 1]?.starts_at.getTime() ?? 0;
    expect(first).toBeLessThanOrEqual(addOsloMonths(NOW, -12).getTime());
    expect(last).toBeGreaterThanOrEqual(addOsloMonths(NOW, 12).getTime());
    const council = meetings.filter((m) => m.slug === "kommunestyret");
    expect(council.length).toBeGreaterThanOrEqual(20);
    expect(council.some((m) => osloParts(m.starts_at).month === 7)).toBe(false);

    const nowMs = NOW.getTime();
    for (const m of meetings) {
      const { weekday, hour, minute } = osloParts(m.starts_at);
      expect([1, 2, 3, 4, 5]).toContain(weekday);
      expect([17, 18]).toContain(hour);
      expect(minute).toBe(0);
      expect(m.location).not.toBe("");
      if (minutesTime(m.starts_at) <= NOW) {
        expect(["held", "minutes_approved"]).toContain(m.status);
        expect(m.ends_at).toEqual(meetingEnd(m.starts_at));
      } else if (noticeTime(m.starts_at) <= NOW && m.status !== "cancelled") {
        expect(m.status).toBe("notice_published");
        expect(m.notice_published_at).toEqual(noticeTime(m.starts_at));
      } else {
        expect(["planned", "cancelled"]).toContain(m.status);
        expect(m.notice_published_at).toBeNull();
      }
    }
    // The latest past meeting of each body is held, the earlier ones have approved minutes.
    const bySlug = new Map<string, typeof meetings>();
    for (const m of meetings) bySlug.set(m.slug, [...(bySlug.get(m.slug) ?? []), m]);
    for (const [slug, list] of bySlug) {
      const past = list.filter((m) => m.starts_at.getTime() < nowMs);
      expect(
        past.filter((m) => m.status === "held").map((m) => m.id),
        slug,
      ).toEqual([past[past.length - 1]?.id]);
    }
    expect(meetings.filter((m) => m.status === "cancelled")).toHaveLength(1);
    expect(meetings.filter((m) => m.status === "notice_published").length).toBeGreaterThan(0);
    expect(meetings.filter((m) => m.is_remote)).toHaveLength(1);
  });

  it("has 40+ cases with presentations covering every case type", async () => {
    const cases = await handle.db.selectFrom("case").selectAll().execute();
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.case_type))).toEqual(
      new Set(["PS", "RS", "OS", "FO", "SP", "DS"]),
    );
    for (const c of cases) {
      expect(c.archive_case_number).toMatch(/^20\d\d\/\d+$/);
      expect(c.summary.split("\n\n").length).toBeGreaterThanOrEqual(2);
      expect(c.recommendation.length).toBeGreaterThan(10);
      expect(c.case_officer).not.toBe("");
      expect(c.responsible_unit).not.toBe("");
    }
    const titles = cases.map((c) => c.title).join("\n");
    for (const word of [
      "Årsbudsjett",
      "Detaljregulering",
      "Skolestruktur",
      "fritak",
      "meddommere",
      "Tilstandsrapport",
      "Årsregnskap",
      "Kontrollutvalgets",
    ])
      expect(titles).toContain(word);
  });

  it("routes a case through three bodies, each taking it up after the one before", async () => {
    const rows = await sql<{
      case_id: number;
      position: number;
      slug: string;
      starts_at: Date;
      decision: string | null;
      status: string;
      added: Date;
    }>`
      select r.case_id, r.position, b.slug, m.starts_at, a.decision, m.status,
        (select l.at from audit_log l where l.action = 'agenda_item.add'
          and l.entity_id = a.id::text) as added
      from case_route_step r
      join body b on b.id = r.body_id
      join agenda_item a on a.case_id = r.case_id
      join meeting m on m.id = a.meeting_id and m.body_id = r.body_id
      where r.case_id in (select case_id from case_route_step group by case_id having count(*) = 3)
      order by r.case_id, r.position`.execute(handle.db);
    const byCase = new Map<number, typeof rows.rows>();
    for (const r of rows.rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r]);
    const planning = [...byCase.values()].filter(
      (steps) => steps.map((s) => s.slug).join(">") === "planutvalget>formannskapet>kommunestyret",
    );
    expect(planning.length).toBeGreaterThanOrEqual(1);
    for (const steps of byCase.values()) {
      // A case still on its way is on the agendas of the bodies it has reached, in route order.
      expect(steps.map((s) => s.position)).toEqual(steps.map((_, i) => i + 1));
      for (let i = 1; i < steps.length; i++) {
        const before = steps[i - 1];
        if (!before) throw new Error("route step missing");
        expect(["held", "minutes_approved"]).toContain(before.status);
        expect(steps[i]?.added.getTime()).toBeGreaterThan(minutesTime(before.starts_at).getTime());
      }
    }
    // A fully decided three-step case: each body's decision is the recommendation passed on.
    const decided = planning.find((steps) => steps.every((s) => s.decision !== null));
    expect(decided).toBeDefined();
    const [first, second, third] = decided ?? [];
    expect(third?.decision).toContain(String(first?.decision));
    expect(second?.decision).toBe(first?.decision);
  });

  it("has exempt cases with a neutral public title, closed items and hidden documents", async () => {
    const db = handle.db;
    const exempt = await db.selectFrom("case").selectAll().where("access", "=", "exempt").execute();
    expect(exempt.length).toBeGreaterThanOrEqual(2);
    for (const c of exempt) {
      expect(c.public_title).not.toBeNull();
      expect(c.public_title).not.toBe(c.title);
      expect(c.exemption_basis).toBe("Offl. § 13 jf. fvl. § 13 første ledd nr. 1");
    }
    const items = await db
      .selectFrom("agenda_item")
      .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
      .select(["is_closed", "closed_basis", "meeting.is_remote"])
      .where(
        "case_id",
        "in",
        exempt.map((c) => c.id),
      )
      .execute();
    expect(items.length).toBeGreaterThanOrEqual(exempt.length);
    for (const i of items) {
      expect(i.is_closed).toBe(true);
      expect(i.closed_basis).toBe("Kl. § 11-5 andre ledd, jf. offl. § 13");
      expect(i.is_remote).toBe(false);
    }
    const publicDocs = await db
      .selectFrom("public_document")
      .select("case_id")
      .where(
        "case_id",
        "in",
        exempt.map((c) => c.id),
      )
      .execute();
    expect(publicDocs).toEqual([]);
  });

  it("never shows the exempt secrets in the public views or anywhere else public", async () => {
    const db = handle.db;
    expect(EXEMPT_SECRETS.length).toBeGreaterThanOrEqual(6);
    const publicCases = await db.selectFrom("public_case").selectAll().execute();
    const publicItems = await db.selectFrom("public_agenda_item").selectAll().execute();
    const publicDocs = await db.selectFrom("public_document").selectAll().execute();
    const persons = await db.selectFrom("person").selectAll().execute();
    const bodies = await db.selectFrom("body").selectAll().execute();
    const meetings = await db.selectFrom("meeting").select("location").execute();
    const publicText = [
      ...publicCases.flatMap((c) => [
        c.title,
        c.summary,
        c.recommendation,
        c.case_officer,
        c.responsible_unit,
      ]),
      ...publicItems.map((i) => i.decision ?? ""),
      ...publicDocs.flatMap((d) => [d.title, d.file_name]),
      ...persons.flatMap((p) => [`${p.given_name} ${p.family_name}`, p.email ?? ""]),
      ...bodies.flatMap((b) => [b.name, b.description]),
      ...meetings.map((m) => m.location),
    ].join("\n");
    for (const secret of EXEMPT_SECRETS) expect(publicText).not.toContain(secret);
    // The public documents' bytes do not contain them either.
    const publicHashes = new Set(publicDocs.map((d) => d.sha256));
    const decoder = new TextDecoder();
    for (const blob of summary.blobs.filter((b) => publicHashes.has(b.sha256))) {
      const text = decoder.decode(blob.bytes);
      for (const secret of EXEMPT_SECRETS) expect(text).not.toContain(secret);
    }
    // The exempt view rows show the neutral title only.
    const exemptPublic = publicCases.filter((c) => c.access === "exempt");
    expect(exemptPublic.length).toBeGreaterThanOrEqual(2);
    for (const c of exemptPublic) {
      expect(c.summary).toBe("");
      expect(c.recommendation).toBe("");
    }
  });

  it("numbers agenda items contiguously per body, case type and year in meeting order", async () => {
    const db = handle.db;
    const items = await db
      .selectFrom("agenda_item as a")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .select([
        "m.body_id",
        "m.status",
        "m.starts_at",
        "a.case_type",
        "a.case_id",
        "a.series_year",
        "a.series_number",
        "a.position",
        "a.meeting_id",
        "a.decision",
        "a.decided_at",
        "a.postponed_at",
      ])
      .orderBy("m.starts_at")
      .orderBy("a.position")
      .execute();
    const cases = await db.selectFrom("case").select(["id", "case_type"]).execute();
    const typeOf = new Map(cases.map((c) => [c.id, c.case_type]));
    const series = new Map<string, number[]>();
    const positions = new Map<number, number[]>();
    for (const i of items) {
      if (i.case_id !== null) expect(i.case_type).toBe(typeOf.get(i.case_id));
      positions.set(i.meeting_id, [...(positions.get(i.meeting_id) ?? []), i.position]);
      if (i.status === "planned" || i.case_type === null) {
        expect(i.series_number).toBeNull();
        continue;
      }
      expect(i.series_number).not.toBeNull();
      expect(i.series_year).toBe(osloParts(i.starts_at).year);
      const key = `${i.body_id}|${i.case_type}|${i.series_year}`;
      series.set(key, [...(series.get(key) ?? []), Number(i.series_number)]);
      const held = i.status === "held" || i.status === "minutes_approved";
      // A postponed item is decided at a later meeting, not at this one.
      expect(i.decision !== null, `decision of item in meeting ${i.meeting_id}`).toBe(
        held && i.postponed_at === null,
      );
      if (held && i.postponed_at === null) {
        expect(i.decided_at?.getTime()).toBeGreaterThan(i.starts_at.getTime());
        expect(i.decided_at?.getTime()).toBeLessThan(meetingEnd(i.starts_at).getTime());
      }
    }
    for (const [key, numbers] of series) expect(numbers, key).toEqual(numbers.map((_, n) => n + 1));
    for (const list of positions.values()) expect(list).toEqual(list.map((_, n) => n + 1));

    const counters = await db.selectFrom("case_number_series").selectAll().execute();
    expect(counters).toHaveLength(series.size);
    for (const c of counters) {
      const numbers = series.get(`${c.body_id}|${c.case_type}|${c.year}`) ?? [];
      expect(c.last_number).toBe(Math.max(...numbers));
    }
  });

  it("stores a presentation document per case, whose blob matches its hash", async () => {
    const db = handle.db;
    const documents = await db.selectFrom("document").selectAll().execute();
    const caseCount = await db
      .selectFrom("case")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(documents).toHaveLength(Number(caseCount.n));
    const blobs = new Map(summary.blobs.map((b) => [b.sha256, b]));
    const blobRows = new Map(
      (await db.selectFrom("blob").selectAll().execute()).map((b) => [b.sha256, b]),
    );
    for (const d of documents) {
      expect(d.kind).toBe("presentation");
      expect(d.title).toBe("Saksframlegg");
      expect(d.file_name).toBe(`saksframlegg-${d.case_id}.txt`);
      const blob = blobs.get(d.sha256);
      expect(blob).toBeDefined();
      expect(
        createHash("sha256")
          .update(blob?.bytes ?? new Uint8Array())
          .digest("hex"),
      ).toBe(d.sha256);
      expect(Number(blobRows.get(d.sha256)?.size)).toBe(blob?.bytes.byteLength);
    }
    expect(summary.counts.documents).toBe(documents.length);
  });

  it("writes an audit row for every change, in time order, ending with the seeding", async () => {
    const db = handle.db;
    const rows = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    const times = rows.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.at(-1)).toBe(NOW.getTime());
    // The system, and the chief executive who approves every presentation.
    expect(new Set(rows.map((row) => row.actor_name))).toEqual(
      new Set(["Demodata", "Kommunedirektør Tone Aasland"]),
    );
    expect(rows.filter((row) => row.actor_name !== "Demodata").map((row) => row.action)).toEqual(
      Array(summary.counts.cases).fill("case.approve"),
    );
    expect(rows.at(-1)).toMatchObject({ action: "demo.seed", entity_type: "municipality" });
    expect(rows.at(-1)?.details).toMatchObject({ counts: { cases: summary.counts.cases } });
    const count = (action: string) => rows.filter((row) => row.action === action).length;
    expect(count("case.create")).toBe(summary.counts.cases);
    expect(count("case.submit")).toBe(summary.counts.cases);
    expect(count("case.ready")).toBe(summary.counts.cases);
    expect(count("document.add")).toBe(summary.counts.documents);
    expect(count("membership.create")).toBe(summary.counts.memberships);
    expect(count("agenda_item.add")).toBe(summary.counts.agendaItems);
    expect(count("agenda_item.add_entry")).toBe(summary.counts.agendaEntries);
    expect(count("agenda_item.add_letter")).toBe(summary.counts.letters);
    const statuses = (await db.selectFrom("meeting").select("status").execute()).map(
      (m) => m.status,
    );
    const held = statuses.filter((s) => s === "held" || s === "minutes_approved").length;
    expect(count("meeting.create")).toBe(statuses.length);
    expect(count("meeting.publish_notice")).toBe(
      held + statuses.filter((s) => s === "notice_published").length,
    );
    expect(count("meeting.hold")).toBe(held);
    expect(count("meeting.approve_minutes")).toBe(
      statuses.filter((s) => s === "minutes_approved").length,
    );
    expect(count("meeting.cancel")).toBe(1);
  });

  it("stamps every step plausibly: agendas and notices in time, held only after the meeting", async () => {
    const db = handle.db;
    const log = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    const when = (action: string, entityId: number) =>
      log.find((row) => row.action === action && row.entity_id === String(entityId))?.at;
    const meetings = await db
      .selectFrom("meeting as m")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select([
        "m.id",
        "m.status",
        "m.starts_at",
        "m.ends_at",
        "m.notice_published_at",
        "b.settings",
      ])
      .execute();
    const added = new Map<number, Date[]>();
    for (const row of log.filter((r) => r.action === "agenda_item.add")) {
      const meetingId = Number(row.details.meetingId);
      added.set(meetingId, [...(added.get(meetingId) ?? []), row.at]);
    }
    for (const m of meetings) {
      const noticeAt = m.notice_published_at;
      if (noticeAt) {
        expect(noticeAt < m.starts_at).toBe(true);
        expect(daysOfNotice(noticeAt, m.starts_at)).toBeGreaterThanOrEqual(
          bodyRules(m.settings).noticeDays,
        );
        expect(when("meeting.publish_notice", m.id)).toEqual(noticeAt);
        // No tilleggssaker in the demo: the agenda was set before the notice.
        for (const at of added.get(m.id) ?? []) expect(at <= noticeAt).toBe(true);
      }
      const heldAt = when("meeting.hold", m.id);
      if (m.status === "held" || m.status === "minutes_approved") {
        expect(m.ends_at && m.ends_at <= NOW).toBe(true);
        expect(heldAt && m.ends_at && heldAt >= m.ends_at).toBe(true);
      } else {
        expect(heldAt).toBeUndefined();
        expect(m.starts_at > new Date(NOW.getTime() - DAY_MS)).toBe(true);
      }
      if (m.status === "minutes_approved") {
        const approvedAt = when("meeting.approve_minutes", m.id);
        expect(approvedAt && heldAt && approvedAt > heldAt).toBe(true);
      }
      if (m.status === "cancelled") {
        const cancelledAt = when("meeting.cancel", m.id);
        expect(cancelledAt && cancelledAt < m.starts_at).toBe(true);
      }
    }
    const cases = await db.selectFrom("case").select(["id", "created_at"]).execute();
    const firstItem = await db
      .selectFrom("agenda_item")
      .select(["case_id", "id"])
      .orderBy("id")
      .execute();
    for (const c of cases) {
      expect(c.created_at <= NOW).toBe(true);
      const item = firstItem.find((row) => row.case_id === c.id);
      const addedAt = item && when("agenda_item.add", item.id);
      if (addedAt) expect(c.created_at < addedAt).toBe(true);
    }
  });

  it("runs every held meeting through the console: opened, roll call, items in order, adjourned", async () => {
    const db = handle.db;
    const meetings = await db
      .selectFrom("meeting")
      .select(["id", "status", "starts_at", "ends_at", "opened_at", "closed_at"])
      .execute();
    const events = await db.selectFrom("attendance_event").select(["meeting_id", "kind"]).execute();
    for (const m of meetings) {
      const roll = events.filter((e) => e.meeting_id === m.id && e.kind === "present");
      if (m.status === "held" || m.status === "minutes_approved") {
        expect(m.opened_at).toEqual(m.starts_at);
        expect(m.closed_at).toEqual(m.ends_at);
        expect(roll.length).toBeGreaterThan(0);
        const items = await db
          .selectFrom("agenda_item")
          .select(["started_at", "position"])
          .where("meeting_id", "=", m.id)
          .orderBy("position")
          .execute();
        const starts = items.map((i) => i.started_at?.getTime() ?? 0);
        expect(starts.every((at) => at >= m.starts_at.getTime())).toBe(true);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(new Set(starts).size).toBe(starts.length);
      } else {
        // Planned and announced meetings have nothing recorded in the console.
        expect(m.opened_at).toBeNull();
        expect(roll).toEqual([]);
      }
    }
    // Forfall with a substitute called in the list's order and accepted; sometimes declined first.
    const calls = await db
      .selectFrom("substitute_call")
      .select(["scope", "status", "absence_id"])
      .execute();
    const absences = await db.selectFrom("absence").select("id").execute();
    expect(absences.length).toBeGreaterThan(20);
    expect(calls.filter((c) => c.scope === "meeting" && c.status === "accepted").length).toBe(
      absences.length,
    );
    expect(calls.some((c) => c.status === "declined")).toBe(true);
    const moves = await db
      .selectFrom("attendance_event")
      .select("kind")
      .where("kind", "in", ["arrived", "left"])
      .execute();
    expect(new Set(moves.map((e) => e.kind))).toEqual(new Set(["arrived", "left"]));
  });

  it("publishes the held meetings' minutes: final where approved, the latest as a draft", async () => {
    const meetings = await handle.db
      .selectFrom("meeting")
      .select(["id", "status"])
      .where("status", "in", ["held", "minutes_approved"])
      .execute();
    const versions = await handle.db
      .selectFrom("minutes_version")
      .select(["meeting_id", "kind"])
      .execute();
    const kinds = (id: number) => versions.filter((v) => v.meeting_id === id).map((v) => v.kind);
    const held = meetings.filter((m) => m.status === "held");
    expect(held.length).toBeGreaterThan(0);
    for (const m of held) expect(kinds(m.id)).toEqual(["draft"]);
    const approved = meetings.filter((m) => m.status === "minutes_approved");
    expect(approved.length).toBeGreaterThan(10);
    for (const m of approved) expect(kinds(m.id)).toEqual(["final"]);
  });

  it("decides the held meetings' cases by votes whose counts match those present", async () => {
    const db = handle.db;
    const votes = await db
      .selectFrom("vote")
      .innerJoin("agenda_item", "agenda_item.id", "vote.agenda_item_id")
      .select([
        "vote.id",
        "vote.kind",
        "vote.agenda_item_id",
        "vote.present_and_voting",
        "vote.votes_for",
        "vote.votes_against",
        "vote.decided_by_chair",
        "vote.other_proposal_id",
        "vote.adopted_proposal_id",
      ])
      .execute();
    expect(votes.length).toBeGreaterThan(50);
    const counts = await db.selectFrom("vote_party_count").selectAll().execute();
    for (const v of votes) {
      const voters = await presentVoters(db, v.agenda_item_id);
      expect(v.present_and_voting).toBe(voters.length);
      expect(v.votes_for + v.votes_against).toBe(voters.length);
      const lines = counts.filter((c) => c.vote_id === v.id);
      expect(lines.reduce((sum, c) => sum + c.votes_for, 0)).toBe(v.votes_for);
      for (const line of lines) {
        const present = voters.filter((p) => (p.partyName ?? "Uten parti") === line.party_name);
        expect(line.votes_for + line.votes_against).toBe(present.length);
      }
    }
    expect(votes.filter((v) => v.votes_against > 0).length).toBeGreaterThan(5);
    // A tie decided by the chair's vote, and an alternative vote on a joint proposal.
    const tie = votes.find((v) => v.decided_by_chair);
    expect(tie?.votes_for).toBe(tie?.votes_against);
    expect(tie?.adopted_proposal_id).not.toBeNull();
    const alternative = votes.find((v) => v.kind === "alternative");
    const joint = await db
      .selectFrom("proposal_party")
      .select("party_id")
      .where("proposal_id", "=", alternative?.other_proposal_id ?? 0)
      .execute();
    expect(joint.length).toBe(2);
    // Every case decided in a held meeting was decided by a vote, but questions and
    // interpellations, which have none; the decision was recorded when the vote was taken.
    const decided = await db
      .selectFrom("agenda_item as a")
      .innerJoin("case as c", "c.id", "a.case_id")
      .select(["a.id", "a.decided_at", "c.case_type"])
      .where("a.decision", "is not", null)
      .execute();
    for (const item of decided.filter((i) => i.case_type !== "SP" && i.case_type !== "FO"))
      expect(votes.some((v) => v.agenda_item_id === item.id && v.adopted_proposal_id)).toBe(true);
    const kinds = await db.selectFrom("proposal").select("kind").execute();
    expect(new Set(kinds.map((k) => k.kind))).toEqual(
      new Set([
        "recommendation",
        "alternative",
        "amendment",
        "addition",
        "referral",
        "postponement",
      ]),
    );
    const postponed = await db
      .selectFrom("agenda_item")
      .select(["decision", "postponement"])
      .where("postponed_at", "is not", null)
      .execute();
    expect(postponed).toMatchObject([{ decision: null }]);
    expect(await db.selectFrom("election_round").select("elected_candidate_id").execute()).toEqual([
      { elected_candidate_id: expect.any(Number) },
    ]);
    expect((await db.selectFrom("speaker_entry").select("id").execute()).length).toBeGreaterThan(
      20,
    );
  });

  it("rules a conflict of interest and calls a substitute for the item, who votes on it", async () => {
    const db = handle.db;
    const conflicts = await db
      .selectFrom("conflict_of_interest")
      .select(["id", "agenda_item_id", "person_id", "ruling"])
      .execute();
    expect(conflicts).toMatchObject([{ ruling: "disqualified" }]);
    const [conflict] = conflicts;
    const call = await db
      .selectFrom("substitute_call")
      .select(["substitute_person_id", "status", "scope"])
      .where("conflict_id", "=", conflict?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(call).toMatchObject({ status: "accepted", scope: "item" });
    const voters = (await presentVoters(db, conflict?.agenda_item_id ?? 0)).map((v) => v.personId);
    expect(voters).toContain(call.substitute_person_id);
    expect(voters).not.toContain(conflict?.person_id);
  });

  it("closes the meeting for exempt items and keeps their treatment out of the public views", async () => {
    const db = handle.db;
    const closed = await db
      .selectFrom("agenda_item")
      .select(["id", "closure_ground"])
      .where("closure_ground", "is not", null)
      .execute();
    expect(closed.length).toBeGreaterThan(0);
    const ids = closed.map((i) => i.id);
    expect(
      (await db.selectFrom("vote").select("id").where("agenda_item_id", "in", ids).execute())
        .length,
    ).toBeGreaterThan(0);
    for (const view of ["public_proposal", "public_vote"] as const)
      expect(
        await db.selectFrom(view).select("id").where("agenda_item_id", "in", ids).execute(),
      ).toEqual([]);
  });

  it("is deterministic: the same now gives the same data", async () => {
    const other = await freshDatabase();
    try {
      await seedDemo(other.db, { now: NOW });
      const snapshot = async (db: DatabaseHandle["db"]) => ({
        cases: await db
          .selectFrom("case")
          .select(["archive_case_number", "title", "summary", "case_type"])
          .orderBy("archive_case_number")
          .execute(),
        persons: await db
          .selectFrom("person")
          .select(["given_name", "family_name", "email"])
          .orderBy("id")
          .execute(),
        meetings: await db
          .selectFrom("meeting")
          .select(["starts_at", "status"])
          .orderBy("id")
          .execute(),
        items: await db
          .selectFrom("agenda_item")
          .select(["series_year", "series_number", "position", "decision"])
          .orderBy("id")
          .execute(),
      });
      expect(await snapshot(other.db)).toEqual(await snapshot(handle.db));
      await expect(seedDemo(other.db, { now: NOW })).rejects.toThrow(/empty/);
    } finally {
      await other.close();
    }
  }, 180_000);
});

describe("the large municipality generator", () => {
  it("generates bodies, meetings, cases and numbered agenda items", async () => {
    const handle = await freshDatabase();
    try {
      const messages: string[] = [];
      const result = await generateLarge(handle.db, {
        bodies: 3,
        years: 2,
        casesPerYear: 50,
        now: NOW,
        onProgress: (m) => messages.push(m),
      });
      expect(result.bodies).toBe(3);
      expect(result.cases).toBe(100);
      expect(result.agendaItems).toBeGreaterThanOrEqual(100);
      expect(result.meetings).toBeGreaterThan(3 * 2 * 8);
      expect(messages.length).toBeGreaterThan(0);
      const db = handle.db;
      const count = async (
        table: "body" | "meeting" | "case" | "agenda_item" | "membership" | "term",
      ) =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count("body")).toBe(3);
      expect(await count("case")).toBe(100);
      expect(await count("meeting")).toBe(result.meetings);
      expect(await count("agenda_item")).toBe(result.agendaItems);
      expect(await count("membership")).toBeGreaterThan(0);
      expect(await count("term")).toBeGreaterThanOrEqual(1);
      const municipality = await db
        .selectFrom("municipality")
        .select("name")
        .executeTakeFirstOrThrow();
      expect(municipality.name).toBe("Oslo-størrelse testkommune");

      const withoutItem = await sql<{ n: number }>`
        select count(*)::int as n from "case" c where not exists (select 1 from agenda_item a where a.case_id = c.id)`.execute(
        db,
      );
      expect(withoutItem.rows[0]?.n).toBe(0);
      const duplicates = await sql<{ n: number }>`
        select count(*)::int as n from (
          select m.body_id, a.case_type, a.series_year, a.series_number
          from agenda_item a join meeting m on m.id = a.meeting_id
          where a.series_number is not null
          group by 1, 2, 3, 4 having count(*) > 1) d`.execute(db);
      expect(duplicates.rows[0]?.n).toBe(0);
      const gaps = await sql<{
        body_id: number;
        case_type: string;
        series_year: number;
        n: number;
        max: number;
        last: number;
      }>`
        select m.body_id, a.case_type, a.series_year, count(*)::int as n, max(a.series_number) as max,
          s.last_number as last
        from agenda_item a join meeting m on m.id = a.meeting_id
        join case_number_series s on s.body_id = m.body_id and s.case_type = a.case_type and s.year = a.series_year
        where a.series_number is not null
        group by m.body_id, a.case_type, a.series_year, s.last_number`.execute(db);
      expect(gaps.rows.length).toBeGreaterThan(0);
      for (const g of gaps.rows) {
        expect(g.max).toBe(g.n);
        expect(g.last).toBe(g.max);
      }
      const exempt = await db
        .selectFrom("case")
        .select(["title", "public_title", "exemption_basis"])
        .where("access", "=", "exempt")
        .execute();
      for (const c of exempt) {
        expect(c.public_title).not.toBeNull();
        expect(c.exemption_basis).not.toBeNull();
      }
      // Decided exactly when the last body on the route has decided, at that decision's time.
      const decided = await sql<{ status: string; decided_at: Date | null; last: Date | null }>`
        select c.status, c.decided_at, (
          select a.decided_at from agenda_item a join case_route_step s on s.id = a.route_step_id
          where a.case_id = c.id order by s.position desc, a.decided_at desc nulls last limit 1
        ) as last
        from "case" c`.execute(db);
      expect(decided.rows.some((c) => c.status === "decided")).toBe(true);
      for (const c of decided.rows) {
        expect(c.status === "decided").toBe(c.last !== null);
        expect(c.decided_at?.getTime() ?? null).toBe(c.last?.getTime() ?? null);
      }
    } finally {
      await handle.close();
    }
  }, 60_000);
});
