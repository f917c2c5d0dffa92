import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { parseSearchQuery } from "../src/domain/search-query.ts";
import {
  markAllForSearch,
  refreshWholeSearchIndex,
} from "../src/features/search/refresh-search-index.ts";
import {
  COUNT_LIMIT,
  type SearchFilters,
  type SearchScope,
  type SearchSort,
  searchEntries,
} from "../src/features/search/search-entries.ts";
import type { PolicyUser } from "../src/policies/rules.ts";
import { buildCase } from "./factories/cases.ts";
import { buildMeeting, buildPublishedMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commit } from "./factories/run.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase("empty");
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

const PUBLIC: SearchScope = { audience: "public" };
const noSeats = { bodies: [], chairs: [] };
const staff: PolicyUser = { id: 1, role: "secretariat", seats: noSeats, mayApproveCases: false };
const internal = (user: PolicyUser = staff): SearchScope => ({ audience: "internal", user });

async function search(
  text: string,
  scope: SearchScope,
  filters: SearchFilters = {},
  sort: SearchSort = "relevance",
) {
  return searchEntries(db, { parsed: parseSearchQuery(text), filters, sort, page: 1, scope });
}

const hitText = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

/** Carries a result out of a transaction that must not keep what it wrote. */
class RolledBack extends Error {
  constructor(readonly ids: number[]) {
    super("rolled back");
  }
}

async function addDocument(caseId: number, title: string, text: string): Promise<number> {
  const bytes = Buffer.from(`${title}\n${text}`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return commit(db, async (tx) => {
    await tx
      .insertInto("blob")
      .values({ sha256, size: bytes.length, media_type: "application/pdf" })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const row = await tx
      .insertInto("document")
      .values({
        sha256,
        pdf_sha256: sha256,
        file_name: "vedlegg.pdf",
        title,
        kind: "attachment",
        case_id: caseId,
        extracted_text: text,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

describe("the search index", () => {
  it("finds a published case in both indexes, and the start of a compound finds it", async () => {
    const body = await buildBody(db);
    const built = await buildCase(db, {
      route: [body.id],
      title: "Barnehageutbygging på Søndre Åsen",
      summary: "Kommunen trenger flere plasser for småbarn i bydelen.",
    });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [built.id] });
    for (const scope of [PUBLIC, internal()]) {
      const found = await search("barnehage", scope);
      expect(found.hits.map((h) => [h.kind, h.entityId])).toContainEqual(["case", built.id]);
      const hit = found.hits.find((h) => h.kind === "case" && h.entityId === built.id);
      expect(hit?.title.some((part) => part.hit && /barnehage/i.test(part.text))).toBe(true);
    }
    const bySummary = await search('"flere plasser"', PUBLIC);
    const hit = bySummary.hits.find((h) => h.entityId === built.id);
    expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual([
      "flere",
      "plasser",
    ]);
    const excluded = await search("barnehage -småbarn", PUBLIC);
    expect(excluded.hits.map((h) => [h.kind, h.entityId])).not.toContainEqual(["case", built.id]);
  });

  it("keeps an unpublished case out of the public index only", async () => {
    const body = await buildBody(db);
    const built = await buildCase(db, { route: [body.id], title: "Ubrukt kvartalsrapport" });
    expect((await search("kvartalsrapport", PUBLIC)).total).toBe(0);
    expect((await search("kvartalsrapport", internal())).hits[0]?.entityId).toBe(built.id);
  });

  it("never puts an exempt case's title or text in the public index", async () => {
    const body = await buildBody(db);
    const built = await buildCase(db, {
      route: [body.id],
      exempt: true,
      title: "Oppsigelse av vaktmester Hallvardsen",
      summary: "Hallvardsen har uteblitt fra arbeid over lengre tid.",
      publicTitle: "Personalsak",
    });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [built.id] });
    for (const text of ["hallvardsen", "oppsigelse vaktmester", "uteblitt arbeid"])
      expect((await search(text, PUBLIC)).total, text).toBe(0);
    const neutral = await search("personalsak", PUBLIC);
    expect(neutral.hits.map((h) => h.entityId)).toContain(built.id);
    for (const hit of neutral.hits) expect(hitText(hit.snippet)).not.toMatch(/Hallvardsen/);
    expect((await search("hallvardsen", internal())).hits[0]?.entityId).toBe(built.id);
  });

  it("drops a case made exempt from the public index in the same commit", async () => {
    const body = await buildBody(db);
    const built = await buildCase(db, { route: [body.id], title: "Kjøp av tomt fra Fjellstad" });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [built.id] });
    await addDocument(built.id, "Takst", "Takstmann Fjellstad vurderer tomten til 4 millioner.");
    const kinds = async (scope: SearchScope) =>
      (await search("fjellstad", scope)).hits.map((h) => h.kind).sort();
    // The meeting's entry holds the titles on its agenda.
    expect(await kinds(PUBLIC)).toEqual(["case", "document", "meeting"]);
    await commit(db, (tx) =>
      tx
        .updateTable("case")
        .set({ access: "exempt", public_title: "Tomtekjøp", exemption_basis: "Offl. § 23" })
        .where("id", "=", built.id)
        .execute(),
    );
    expect((await search("fjellstad", PUBLIC)).total).toBe(0);
    expect((await search("takstmann", PUBLIC)).total).toBe(0);
    // The public sees no document of an exempt case, so its title goes too.
    expect((await search("tomtekjøp", PUBLIC)).hits.map((h) => h.kind).sort()).toEqual([
      "case",
      "meeting",
    ]);
    // The workspace's meeting entry shows an exempt case by its neutral title too.
    expect(await kinds(internal())).toEqual(["case", "document"]);
  });

  it("follows a changed text and a replaced document", async () => {
    const body = await buildBody(db);
    const built = await buildCase(db, { route: [body.id], title: "Vedlikehold av kaia" });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [built.id] });
    const first = await addDocument(built.id, "Rapport", "Pælene i kaia er råtne.");
    expect((await search("pælene", PUBLIC)).total).toBe(1);
    const second = await addDocument(built.id, "Rapport, ny", "Betongen i kaia sprekker.");
    await commit(db, (tx) =>
      tx
        .updateTable("document")
        .set({ replaced_by_id: second, replaced_at: new Date() })
        .where("id", "=", first)
        .execute(),
    );
    expect((await search("pælene", PUBLIC)).total).toBe(0);
    expect((await search("pælene", internal())).total).toBe(0);
    expect((await search("betongen", PUBLIC)).hits.map((h) => h.entityId)).toEqual([second]);
    await commit(db, (tx) =>
      tx
        .updateTable("case")
        .set({ summary: "Mudring av havnebassenget trengs også." })
        .where("id", "=", built.id)
        .execute(),
    );
    expect((await search("havnebassenget", PUBLIC)).hits.map((h) => h.entityId)).toEqual([
      built.id,
    ]);
  });

  it("filters by kind, body, year, case type, decision and documents, and sorts by date", async () => {
    const north = await buildBody(db, { name: "Nordre utvalg" });
    const south = await buildBody(db, { name: "Søndre utvalg" });
    const a = await buildCase(db, { route: [north.id], title: "Gatelys i Filterveien" });
    const b = await buildCase(db, {
      route: [south.id],
      title: "Gatelys i Filterveien sør",
      caseType: "OS",
    });
    await buildPublishedMeeting(db, { bodyId: north.id, caseIds: [a.id] });
    await buildPublishedMeeting(db, { bodyId: south.id, caseIds: [b.id] });
    await addDocument(a.id, "Kart", "Filterveien på kartet.");
    const ids = async (filters: SearchFilters, sort: SearchSort = "relevance") =>
      (await search("filterveien", PUBLIC, filters, sort)).hits.map((h) => [h.kind, h.entityId]);
    expect(await ids({ kind: "case" })).toHaveLength(2);
    expect(await ids({ kind: "case", bodyId: north.id })).toEqual([["case", a.id]]);
    expect(await ids({ kind: "case", caseType: "OS" })).toEqual([["case", b.id]]);
    expect(await ids({ kind: "case", hasDocuments: true })).toEqual([["case", a.id]]);
    expect(await ids({ kind: "case", decided: true })).toEqual([]);
    expect(await ids({ kind: "case", decided: false })).toHaveLength(2);
    const year = new Date().getFullYear();
    expect(await ids({ kind: "case", year })).toHaveLength(2);
    expect(await ids({ kind: "case", year: year - 5 })).toEqual([]);
    expect(await ids({ kind: "document" })).toHaveLength(1);
    const byDate = await search("filterveien", PUBLIC, {}, "date");
    const times = byDate.hits.map((h) => h.sortAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it("finds meetings, bodies and persons by name, place and agenda", async () => {
    const body = await buildBody(db, { name: "Kystutvalget", description: "Om fiske og havn." });
    const meeting = await buildMeeting(db, { bodyId: body.id, location: "Fyrlykta samfunnshus" });
    expect((await search("fyrlykta", PUBLIC)).hits.map((h) => [h.kind, h.entityId])).toEqual([
      ["meeting", meeting.id],
    ]);
    expect((await search("kystutvalget", PUBLIC, { kind: "body" })).hits[0]?.entityId).toBe(
      body.id,
    );
  });

  it("shows a case officer public cases and their own, not colleagues' exempt ones", async () => {
    const body = await buildBody(db);
    const officer: PolicyUser = {
      id: 4242,
      role: "case_officer",
      seats: noSeats,
      mayApproveCases: false,
    };
    const theirs = await buildCase(db, { route: [body.id], title: "Rolletest offentlig" });
    const exempt = await buildCase(db, {
      route: [body.id],
      title: "Rolletest unntatt",
      exempt: true,
    });
    const member: PolicyUser = { id: 4243, role: "member", seats: noSeats, mayApproveCases: false };
    const found = (user: PolicyUser) =>
      search("rolletest", internal(user)).then((r) => r.hits.map((h) => h.entityId));
    expect(await found(staff)).toEqual(expect.arrayContaining([theirs.id, exempt.id]));
    expect(await found(officer)).toEqual([theirs.id]);
    expect(await found(member)).toEqual([]);
  });

  it("rebuilds both indexes from scratch for a full reindex", async () => {
    const body = await buildBody(db);
    const built = await buildCase(db, { route: [body.id], title: "Gjenoppbygging av moloen" });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [built.id] });
    const before = await search("moloen", PUBLIC);
    await db.deleteFrom("search_public").execute();
    await db.deleteFrom("search_internal").execute();
    expect((await search("moloen", PUBLIC)).total).toBe(0);
    await markAllForSearch(db);
    expect(await refreshWholeSearchIndex(db)).toBeGreaterThan(0);
    expect(await search("moloen", PUBLIC)).toEqual(before);
    expect(await db.selectFrom("search_dirty").selectAll().execute()).toEqual([]);
  });

  it("ranks a word with more matches than the count's limit among its newest matches", async () => {
    // Entries written straight into the index: 1 100 dated a day apart, the word in every
    // text; the newest and the oldest also hold it in the title, which ranks above the text.
    await sql`insert into search_public (kind, entity_id, body_ids, sort_at, title, content, vector)
      select 'body', 900000 + n, '{}', timestamptz '2020-01-01' + n * interval '1 day',
        t.title, 'Om tangoklubben', to_tsvector('norwegian', t.title || ' tangoklubben')
      from generate_series(1, 1100) as n,
        lateral (select case when n in (1, 1100) then 'Tangoklubben' else 'Lokale' end as title) t
    `.execute(db);
    const ranked = await search("tangoklubben", PUBLIC);
    expect(ranked.moreThanTotal).toBe(true);
    expect(ranked.total).toBe(COUNT_LIMIT);
    expect(ranked.hits[0]?.entityId).toBe(901100);
    const ids = new Set<number>();
    for (let page = 1; page <= ranked.pageCount; page++) {
      const result = await searchEntries(db, {
        parsed: parseSearchQuery("tangoklubben"),
        filters: {},
        sort: "relevance",
        page,
        scope: PUBLIC,
      });
      for (const hit of result.hits) ids.add(hit.entityId);
    }
    expect(ids.size).toBe(COUNT_LIMIT);
    expect(Math.min(...ids)).toBe(900101);
    await db.deleteFrom("search_public").where("entity_id", ">=", 900000).execute();
  });

  it("ranks exactly the newest matches, however they are spread over the years", async () => {
    // 1 500 documents a day and a half apart back from today, the word in every text, every
    // seventh also in the title; a person registered today and a body, both without a year.
    await sql`insert into search_public (kind, entity_id, body_ids, year, sort_at, title, content, vector)
      select 'document', 800000 + n, '{}',
        extract(year from d.at at time zone 'Europe/Oslo')::integer, d.at, t.title,
        'Om sjøormen', to_tsvector('norwegian', t.title || ' sjøormen')
      from generate_series(1, 1500) as n,
        lateral (select now() - n * interval '36 hours' as at) d,
        lateral (select case when n % 7 = 0 then 'Sjøormen' else 'Vedlegg' end as title) t
    `.execute(db);
    await sql`insert into search_public (kind, entity_id, body_ids, sort_at, title, content, vector)
      values ('person', 800000, '{}', now(), 'Sjøormen Hansen', '', to_tsvector('norwegian', 'Sjøormen Hansen')),
        ('body', 800000, '{}', 'epoch', 'Sjøormlaget', 'Om sjøormen', to_tsvector('norwegian', 'Sjøormlaget sjøormen'))
    `.execute(db);
    const expected = async () =>
      (
        await sql<{ kind: string; entity_id: number }>`
          select kind, entity_id from (
            select * from search_public where vector @@ to_tsquery('norwegian', 'sjøorm:*')
            order by sort_at desc, kind, entity_id limit ${COUNT_LIMIT}) e
          order by ts_rank(vector, to_tsquery('norwegian', 'sjøorm:*')) desc, sort_at desc, kind, entity_id`.execute(
          db,
        )
      ).rows.map((row) => `${row.kind} ${row.entity_id}`);
    const found = async () => {
      const keys: string[] = [];
      for (let page = 1; ; page++) {
        const result = await searchEntries(db, {
          parsed: parseSearchQuery("sjøormen"),
          filters: {},
          sort: "relevance",
          page,
          scope: PUBLIC,
        });
        expect(result.moreThanTotal).toBe(true);
        keys.push(...result.hits.map((hit) => `${hit.kind} ${hit.entityId}`));
        if (page >= result.pageCount) return keys;
      }
    };
    // However many newer entries lack the word, the page ranks exactly the newest matches.
    try {
      for (const newer of [0, 3500, 5000]) {
        await db
          .deleteFrom("search_public")
          .where("kind", "=", "meeting")
          .where("entity_id", ">=", 700000)
          .execute();
        await sql`insert into search_public (kind, entity_id, body_ids, sort_at, title, content, vector)
          select 'meeting', 700000 + n, '{}', now() + n * interval '1 minute', 'Møte', '',
            to_tsvector('norwegian', 'Møte')
          from generate_series(1, ${newer}) as n`.execute(db);
        const keys = await found();
        expect(keys).toHaveLength(COUNT_LIMIT);
        expect(keys).toContain("person 800000");
        expect(keys).not.toContain("body 800000");
        expect(keys).toEqual(await expected());
      }
    } finally {
      await db.deleteFrom("search_public").where("entity_id", ">=", 700000).execute();
    }
  });

  it("finds the newest matches through windows of recent periods exactly, filtered or not", async () => {
    // 12 000 documents an hour apart back from today. The word is in every fourth of the
    // newest 2 000 and only every tenth of the older ones, so the share measured among the
    // newest sizes a first window that falls short; a compound of it holds it too.
    await sql`insert into search_public (kind, entity_id, body_ids, year, sort_at, title, content, vector)
      select 'document', 600000 + n, '{}',
        extract(year from d.at at time zone 'Europe/Oslo')::integer, d.at, 'Vedlegg', w.text,
        to_tsvector('norwegian', 'Vedlegg ' || w.text)
      from generate_series(1, 12000) as n,
        lateral (select now() - n * interval '1 hour' as at) d,
        lateral (select case
          when n % (case when n <= 2000 then 4 else 10 end) <> 0 then 'Om molo'
          when n % 3 = 0 then 'Om mølleparken ved elva'
          else 'Om mølleparkutbyggingen' end as text) w
    `.execute(db);
    const expected = async (filters: { year?: number }, sort: SearchSort) =>
      (
        await sql<{ kind: string; entity_id: number }>`
          select kind, entity_id from (
            select * from search_public where vector @@ to_tsquery('norwegian', 'møllepark:*')
              and (${filters.year ?? null}::integer is null or year = ${filters.year ?? null})
            order by sort_at desc, kind, entity_id limit ${COUNT_LIMIT}) e
          order by ${sort === "relevance" ? sql`ts_rank(vector, to_tsquery('norwegian', 'møllepark:*')) desc,` : sql``}
            sort_at desc, kind, entity_id`.execute(db)
      ).rows.map((row) => `${row.kind} ${row.entity_id}`);
    const found = async (filters: { year?: number }, sort: SearchSort) => {
      const keys: string[] = [];
      for (let page = 1; ; page++) {
        const result = await searchEntries(db, {
          parsed: parseSearchQuery("mølleparken"),
          filters,
          sort,
          page,
          scope: PUBLIC,
        });
        keys.push(...result.hits.map((hit) => `${hit.kind} ${hit.entityId}`));
        if (page >= result.pageCount) return { keys, result };
      }
    };
    try {
      const words = await sql<{ word: string }>`
        select distinct word from search_public_word where word like 'møllepark%' order by word`.execute(
        db,
      );
      expect(words.rows.map((row) => row.word)).toEqual(["møllepark", "mølleparkutbygging"]);
      for (const sort of ["relevance", "date"] as const) {
        const all = await found({}, sort);
        expect(all.result.moreThanTotal).toBe(true);
        expect(all.keys).toEqual(await expected({}, sort));
        const year = new Date().getFullYear();
        const inYear = await found({ year }, sort);
        expect(inYear.keys).toEqual(await expected({ year }, sort));
        expect(inYear.result.total).toBe(Math.min(COUNT_LIMIT, inYear.keys.length));
      }
    } finally {
      await db.deleteFrom("search_public").where("entity_id", ">=", 600000).execute();
    }
  });

  it("finds entries dated only ahead, with nothing before today to sample", async () => {
    // In a transaction rolled back: an index that holds three planned meetings and nothing else.
    const found = await db
      .transaction()
      .execute(async (tx) => {
        await tx.deleteFrom("search_public").execute();
        await sql`insert into search_public (kind, entity_id, body_ids, sort_at, title, content, vector)
          select 'meeting', 500000 + n, '{}', now() + n * interval '1 day', 'Møte om fergeleiet', '',
            to_tsvector('norwegian', 'Møte om fergeleiet')
          from generate_series(1, 3) as n`.execute(tx);
        const result = await searchEntries(tx, {
          parsed: parseSearchQuery("fergeleie"),
          filters: {},
          sort: "date",
          page: 1,
          scope: PUBLIC,
        });
        throw new RolledBack(result.hits.map((hit) => hit.entityId));
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return error.ids;
        throw error;
      });
    expect(found).toEqual([500003, 500002, 500001]);
  });

  it("answers a query with nothing to search for with no hits and no error", async () => {
    for (const text of ["", "-", '""', "og", "-skole", "&|!"]) {
      const result = await search(text, PUBLIC);
      expect(result.total, text).toBe(0);
    }
  });

  it("gives the same entries from a full rebuild as from the upkeep by events", async () => {
    // Runs after the other tests, so the index holds exempt, replaced and unpublished records.
    const entries = async (table: "search_public" | "search_internal") =>
      (
        await sql<Record<string, unknown>>`select kind, entity_id, case_id, meeting_id, body_ids,
          year, case_type, decided, has_documents, sort_at, title, content, vector::text as vector
          from ${sql.table(table)} order by kind, entity_id`.execute(db)
      ).rows;
    const kept = {
      public: await entries("search_public"),
      internal: await entries("search_internal"),
    };
    expect(kept.public.length).toBeGreaterThan(0);
    expect(kept.internal.length).toBeGreaterThan(kept.public.length);
    await db.deleteFrom("search_public").execute();
    await db.deleteFrom("search_internal").execute();
    await markAllForSearch(db);
    await refreshWholeSearchIndex(db);
    expect(await entries("search_public")).toEqual(kept.public);
    expect(await entries("search_internal")).toEqual(kept.internal);
    for (const text of ["hallvardsen", "oppsigelse vaktmester"])
      expect((await search(text, PUBLIC)).total, text).toBe(0);
  });
});
