import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import type { DB } from "../src/db/schema.ts";
import { currentTerm } from "../src/domain/terms.ts";
import { changedFields } from "../src/features/registry/changes.ts";
import {
  checkNewMembership,
  checkRoleFields,
  isSubstituteRankTaken,
  type MembershipFacts,
  periodsOverlap,
  votingSeatsOn,
} from "../src/features/registry/membership-rules.ts";
import {
  buildBody,
  buildMember,
  buildParty,
  buildPerson,
  buildTerm,
} from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

const TERM = { startsOn: "2023-10-01", endsOn: "2027-09-30" };

function seat(overrides: Partial<MembershipFacts> = {}): MembershipFacts {
  return {
    personId: 1,
    role: "member",
    listId: 10,
    substituteRank: null,
    hasVote: true,
    startsOn: "2023-10-01",
    endsOn: null,
    ...overrides,
  };
}

describe("membership rules", () => {
  it("asks a rank of substitutes only, and no vote of observers", () => {
    expect(checkRoleFields(seat({ role: "substitute" }))).toEqual([
      { field: "substituteRank", message: "Et varamedlem må ha et nummer i vararekkefølgen." },
    ]);
    expect(checkRoleFields(seat({ substituteRank: 2 }))[0]?.field).toBe("substituteRank");
    expect(checkRoleFields(seat({ role: "observer" }))).toEqual([
      { field: "hasVote", message: "En observatør har ikke stemmerett." },
    ]);
    expect(checkRoleFields(seat({ role: "observer", hasVote: false }))).toEqual([]);
    expect(checkRoleFields(seat({ role: "substitute", substituteRank: 1 }))).toEqual([]);
  });

  it("treats periods as closed intervals with open ends lasting on", () => {
    const a = { startsOn: "2024-01-01", endsOn: "2024-06-30" };
    expect(periodsOverlap(a, { startsOn: "2024-06-30", endsOn: null })).toBe(true);
    expect(periodsOverlap(a, { startsOn: "2024-07-01", endsOn: null })).toBe(false);
    expect(periodsOverlap({ startsOn: "2023-10-01", endsOn: null }, a)).toBe(true);
    expect(periodsOverlap(a, { startsOn: "2023-01-01", endsOn: "2023-12-31" })).toBe(false);
  });

  it("finds a rank taken within the same list, ended or not", () => {
    const existing = [seat({ role: "substitute", substituteRank: 1, endsOn: "2024-01-01" })];
    expect(isSubstituteRankTaken(existing, 10, 1)).toBe(true);
    expect(isSubstituteRankTaken(existing, 11, 1)).toBe(false);
    expect(isSubstituteRankTaken(existing, 10, 2)).toBe(false);
  });

  it("counts voting seats held on a day", () => {
    const existing = [
      seat({ role: "leader" }),
      seat({ personId: 2, endsOn: "2024-12-31" }),
      seat({ personId: 3, role: "substitute", substituteRank: 1 }),
      seat({ personId: 4, role: "observer", hasVote: false }),
      seat({ personId: 5, hasVote: false }),
    ];
    expect(votingSeatsOn(existing, "2024-06-01")).toBe(2);
    expect(votingSeatsOn(existing, "2025-01-01")).toBe(1);
  });

  it("accepts a seat that keeps every rule", () => {
    expect(
      checkNewMembership({ proposed: seat(), existing: [], seatCount: 1, term: TERM }),
    ).toEqual([]);
  });

  it("rejects dates outside the term through the shared period check", () => {
    const errors = checkNewMembership({
      proposed: seat({ startsOn: "2023-09-30" }),
      existing: [],
      seatCount: 5,
      term: TERM,
    });
    expect(errors).toContainEqual({
      field: "startsOn",
      message: "Startdatoen må ligge innenfor valgperioden.",
    });
  });

  it("rejects a substitute rank already taken in the list", () => {
    const errors = checkNewMembership({
      proposed: seat({ personId: 2, role: "substitute", substituteRank: 1 }),
      existing: [seat({ role: "substitute", substituteRank: 1 })],
      seatCount: 5,
      term: TERM,
    });
    expect(errors).toEqual([
      {
        field: "substituteRank",
        message: "Nummer 1 i vararekkefølgen er allerede tatt for denne listen i valgperioden.",
      },
    ]);
  });

  it("rejects two overlapping seats for one person, but not a later one or a substitute", () => {
    const existing = [seat({ endsOn: "2024-12-31" })];
    const overlapping = checkNewMembership({
      proposed: seat({ role: "deputy_leader", startsOn: "2024-12-31" }),
      existing,
      seatCount: 5,
      term: TERM,
    });
    expect(overlapping.map((error) => error.field)).toEqual(["personId"]);
    expect(
      checkNewMembership({
        proposed: seat({ startsOn: "2025-01-01" }),
        existing,
        seatCount: 5,
        term: TERM,
      }),
    ).toEqual([]);
    expect(
      checkNewMembership({
        proposed: seat({ role: "substitute", substituteRank: 1 }),
        existing,
        seatCount: 5,
        term: TERM,
      }),
    ).toEqual([]);
  });

  it("rejects a voting seat beyond the seat count on the start day", () => {
    const existing = [seat({ personId: 1 }), seat({ personId: 2, endsOn: "2024-12-31" })];
    const full = checkNewMembership({
      proposed: seat({ personId: 3, startsOn: "2024-06-01" }),
      existing,
      seatCount: 2,
      term: TERM,
    });
    expect(full).toEqual([
      {
        field: "role",
        message: "Utvalget har 2 plasser med stemmerett, og alle er besatt på startdatoen.",
      },
    ]);
    const afterLeaving = seat({ personId: 3, startsOn: "2025-01-01" });
    expect(
      checkNewMembership({ proposed: afterLeaving, existing, seatCount: 2, term: TERM }),
    ).toEqual([]);
    const withoutVote = seat({ personId: 3, role: "observer", hasVote: false });
    expect(
      checkNewMembership({ proposed: withoutVote, existing, seatCount: 2, term: TERM }),
    ).toEqual([]);
  });
});

describe("registry helpers", () => {
  it("picks the term holding today, else the latest begun, else the first", () => {
    const terms = [
      { id: 1, startsOn: "2019-10-01", endsOn: "2023-09-30" },
      { id: 2, startsOn: "2023-10-01", endsOn: "2027-09-30" },
    ];
    expect(currentTerm(terms, "2024-01-01")?.id).toBe(2);
    expect(currentTerm(terms, "2023-09-30")?.id).toBe(1);
    expect(currentTerm(terms, "2030-01-01")?.id).toBe(2);
    expect(currentTerm(terms, "2000-01-01")?.id).toBe(1);
    expect(currentTerm([], "2024-01-01")).toBeNull();
  });

  it("lists only the fields that changed", () => {
    expect(changedFields({ a: 1, b: [1, 2], c: "x" }, { a: 1, b: [1, 3], c: null })).toEqual({
      b: { from: [1, 2], to: [1, 3] },
      c: { from: "x", to: null },
    });
  });
});

async function count(db: Database, table: keyof DB): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The audit rows of changes made through the screens; the test's own data is the system's. */
async function auditRows(db: Database, action: string) {
  return db
    .selectFrom("audit_log")
    .select(["entity_id", "actor_name", "details"])
    .where("action", "=", action)
    .where("actor_user_id", "is not", null)
    .orderBy("id")
    .execute();
}

/** Posts a real urlencoded form, for fields sent more than once such as checkbox groups. */
function postForm(
  test: TestApp,
  agent: Agent,
  url: string,
  fields: Array<[string, string]>,
): Promise<LightMyRequestResponse> {
  return test.app.inject({
    method: "POST",
    url,
    headers: { cookie: agent.cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams([["_csrf", agent.csrfToken], ...fields]).toString(),
  });
}

function idFrom(location: unknown, prefix: string): number {
  const match = new RegExp(`^${prefix}/(\\d+)`).exec(String(location));
  if (!match?.[1]) throw new Error(`No id in ${String(location)}`);
  return Number(match[1]);
}

/** Norwegian text comes back HTML-escaped only for markup characters; compare plain words. */
function expectBadRequest(response: LightMyRequestResponse, message: string) {
  expect(response.statusCode).toBe(400);
  expect(response.body).toContain(message);
  expect(response.body).toContain('class="ds-error-summary"');
}

const termForm = { name: "2027–2031", startsOn: "2027-10-01", endsOn: "2031-09-30" };
const bodyForm = {
  name: "Utvalg for prøving",
  shortName: "UFP",
  slug: "utvalg-for-proving",
  kind: "standing_committee",
  seatCount: "2",
  noticeDays: "10",
  description: "Et utvalg bare for testene.",
  isActive: "on",
};

describe("registry screens", () => {
  let test: TestApp;
  let db: Database;
  let secretariat: Agent;

  /** A small registry of the test's own: the current term, two parties, a formannskap. */
  beforeEach(async () => {
    test = await createTestApp("empty");
    db = test.database.db;
    secretariat = await signIn(test.app, "secretariat");
    const term = await buildTerm(db, { name: "2023–2027", ...TERM });
    const labour = await buildParty(db, { name: "Arbeiderpartiet", shortName: "Ap" });
    await buildParty(db, { name: "Venstre", shortName: "V" });
    const executive = await buildBody(db, {
      name: "Formannskapet",
      shortName: "FSK",
      slug: "formannskapet",
      kind: "executive_committee",
      seatCount: 9,
    });
    await buildMember(db, {
      bodyId: executive.id,
      termId: term.id,
      role: "leader",
      listId: labour.id,
    });
  });
  afterEach(async () => {
    await test.close();
  });

  describe("terms", () => {
    it("creates a term, lists it and confirms the change", async () => {
      const before = await count(db, "term");
      const response = await secretariat.post("/admin/valgperioder/ny", termForm);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe("/admin/valgperioder");
      expect(await count(db, "term")).toBe(before + 1);
      const list = await secretariat.follow(response);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain("2027–2031");
      expect(list.body).toContain('role="status"');
      const audit = await auditRows(db, "term.create");
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor_name).toBe("Test secretariat");
      expect(audit[0]?.details).toMatchObject(termForm);
    });

    it("edits a term and audits the changed fields", async () => {
      await secretariat.post("/admin/valgperioder/ny", termForm);
      const term = await db
        .selectFrom("term")
        .select("id")
        .where("name", "=", termForm.name)
        .executeTakeFirstOrThrow();
      const form = await secretariat.get(`/admin/valgperioder/${term.id}/rediger`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('value="2027-10-01"');
      const response = await secretariat.post(`/admin/valgperioder/${term.id}/rediger`, {
        ...termForm,
        endsOn: "2031-09-29",
      });
      expect(response.statusCode).toBe(303);
      const stored = await db
        .selectFrom("term")
        .select("ends_on")
        .where("id", "=", term.id)
        .executeTakeFirstOrThrow();
      expect(stored.ends_on).toBe("2031-09-29");
      const audit = await auditRows(db, "term.update");
      expect(audit[0]?.details).toEqual({ endsOn: { from: "2031-09-30", to: "2031-09-29" } });
    });

    it("keeps a term from shrinking past the seats it holds", async () => {
      const term = await db
        .selectFrom("term")
        .select(["id", "name", "starts_on", "ends_on"])
        .where("starts_on", "<=", "2026-11-26")
        .where("ends_on", ">=", "2026-11-26")
        .executeTakeFirstOrThrow();
      const response = await secretariat.post(`/admin/valgperioder/${term.id}/rediger`, {
        name: term.name,
        startsOn: "2024-01-01",
        endsOn: term.ends_on,
      });
      expectBadRequest(response, "Det finnes verv i valgperioden som begynner før denne datoen.");
      const stored = await db
        .selectFrom("term")
        .select("starts_on")
        .where("id", "=", term.id)
        .executeTakeFirstOrThrow();
      expect(stored.starts_on).toBe(term.starts_on);
    });

    it("refuses bad input with Norwegian messages and changes nothing", async () => {
      const existing = await db
        .selectFrom("term")
        .select("name")
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const before = await count(db, "term");
      const cases: Array<[Record<string, string>, string]> = [
        [{ ...termForm, name: "  " }, "Skriv inn navnet på valgperioden."],
        [{ ...termForm, startsOn: "2027-02-30" }, "Skriv inn en gyldig startdato."],
        [{ ...termForm, endsOn: "2027-09-30" }, "Sluttdatoen må være etter startdatoen."],
        [
          { ...termForm, name: existing.name },
          "Det finnes allerede en valgperiode med dette navnet.",
        ],
      ];
      for (const [form, message] of cases) {
        const response = await secretariat.post("/admin/valgperioder/ny", form);
        expectBadRequest(response, message);
      }
      expect(await count(db, "term")).toBe(before);
      expect(await auditRows(db, "term.create")).toHaveLength(0);
    });
  });

  describe("parties", () => {
    it("creates a party and a joint list made of ticked parties", async () => {
      const before = await count(db, "party");
      const party = await secretariat.post("/admin/partier/ny", {
        name: "Testpartiet",
        shortName: "TP",
      });
      expect(party.statusCode).toBe(303);
      const [tp, ap] = await Promise.all(
        ["TP", "Ap"].map((shortName) =>
          db
            .selectFrom("party")
            .select("id")
            .where("short_name", "=", shortName)
            .executeTakeFirstOrThrow(),
        ),
      );
      const joint = await postForm(test, secretariat, "/admin/partier/ny", [
        ["name", "Fellesliste for prøving"],
        ["shortName", "FLP"],
        ["isJointList", "on"],
        ["partyIds", String(tp?.id)],
        ["partyIds", String(ap?.id)],
      ]);
      expect(joint.statusCode).toBe(303);
      expect(await count(db, "party")).toBe(before + 2);
      const members = await db
        .selectFrom("joint_list_party")
        .innerJoin("party", "party.id", "joint_list_party.joint_list_id")
        .select("joint_list_party.party_id")
        .where("party.short_name", "=", "FLP")
        .orderBy("joint_list_party.party_id")
        .execute();
      expect(members.map((member) => member.party_id).sort()).toEqual([tp?.id, ap?.id].sort());
      expect(await auditRows(db, "party.create")).toHaveLength(2);
      const list = await secretariat.get("/admin/partier");
      expect(list.body).toContain("Fellesliste for prøving");
    });

    it("edits a party and refuses a short name in use", async () => {
      const party = await db
        .selectFrom("party")
        .select(["id", "name"])
        .where("short_name", "=", "V")
        .executeTakeFirstOrThrow();
      const taken = await secretariat.post(`/admin/partier/${party.id}/rediger`, {
        name: party.name,
        shortName: "Ap",
      });
      expectBadRequest(taken, "Forkortelsen er allerede i bruk.");
      const lonely = await secretariat.post(`/admin/partier/${party.id}/rediger`, {
        name: party.name,
        shortName: "V",
        isJointList: "on",
      });
      expectBadRequest(lonely, "En felles liste må bestå av minst to partier.");
      expect(await auditRows(db, "party.update")).toHaveLength(0);
      const renamed = await secretariat.post(`/admin/partier/${party.id}/rediger`, {
        name: "Venstre – testlag",
        shortName: "V",
      });
      expect(renamed.statusCode).toBe(303);
      const audit = await auditRows(db, "party.update");
      expect(audit[0]?.details).toEqual({ name: { from: party.name, to: "Venstre – testlag" } });
    });
  });

  describe("persons", () => {
    it("creates and edits a person, with a detail page", async () => {
      const before = await count(db, "person");
      const created = await secretariat.post("/admin/personer/ny", {
        givenName: "Testa",
        familyName: "Prøvesen",
        email: "testa@example.no",
        phone: "+47 400 00 000",
        partyId: "",
      });
      expect(created.statusCode).toBe(303);
      const personId = idFrom(created.headers.location, "/admin/personer");
      expect(await count(db, "person")).toBe(before + 1);
      const detail = await secretariat.follow(created);
      expect(detail.statusCode).toBe(200);
      expect(detail.body).toContain("Testa Prøvesen");
      expect(detail.body).toContain("Endringene er lagret.");

      const edited = await secretariat.post(`/admin/personer/${personId}/rediger`, {
        givenName: "Testa",
        familyName: "Prøvesen",
        email: "",
        phone: "",
        partyId: "",
      });
      expect(edited.statusCode).toBe(303);
      const stored = await db
        .selectFrom("person")
        .select(["email", "phone"])
        .where("id", "=", personId)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ email: null, phone: null });
      expect(await auditRows(db, "person.create")).toHaveLength(1);
      const audit = await auditRows(db, "person.update");
      expect(audit[0]?.details).toMatchObject({ email: { from: "testa@example.no", to: null } });
    });

    it("refuses an empty name and a bad e-mail address", async () => {
      const before = await count(db, "person");
      const empty = await secretariat.post("/admin/personer/ny", {
        givenName: "",
        familyName: "Prøvesen",
      });
      expectBadRequest(empty, "Skriv inn fornavnet.");
      const badMail = await secretariat.post("/admin/personer/ny", {
        givenName: "Testa",
        familyName: "Prøvesen",
        email: "ikke-en-adresse",
      });
      expectBadRequest(badMail, "Skriv inn en gyldig e-postadresse");
      expect(badMail.body).toContain('value="ikke-en-adresse"');
      expect(await count(db, "person")).toBe(before);
    });

    it("searches by name and pages through fifty at a time", async () => {
      for (let n = 0; n < 50; n++) await buildPerson(db);
      await secretariat.post("/admin/personer/ny", {
        givenName: "Zacharias",
        familyName: "Søkbar",
      });
      const found = await secretariat.get(`/admin/personer?q=${encodeURIComponent("zacharias s")}`);
      expect(found.statusCode).toBe(200);
      expect(found.body).toContain("Søkbar, Zacharias");
      expect(found.body).toContain("1 person med");
      const reversed = await secretariat.get(
        `/admin/personer?q=${encodeURIComponent("Søkbar Zach")}`,
      );
      expect(reversed.body).toContain("Søkbar, Zacharias");
      const wildcard = await secretariat.get("/admin/personer?q=%25");
      expect(wildcard.statusCode).toBe(200);
      expect(wildcard.body).toContain("0 personer");

      const total = await count(db, "person");
      const first = await secretariat.get("/admin/personer");
      const rows = (body: string) => body.match(/href="\/admin\/personer\/\d+"/g)?.length ?? 0;
      expect(total).toBeGreaterThan(50);
      expect(rows(first.body)).toBe(50);
      expect(first.body).toContain('href="/admin/personer?side=2"');
      const second = await secretariat.get("/admin/personer?side=2");
      expect(rows(second.body)).toBe(Math.min(50, total - 50));
    });
  });

  describe("bodies", () => {
    it("creates a body with its notice days and edits it", async () => {
      const before = await count(db, "body");
      const created = await secretariat.post("/admin/utvalg/ny", bodyForm);
      expect(created.statusCode).toBe(303);
      const bodyId = idFrom(created.headers.location, "/admin/utvalg");
      expect(await count(db, "body")).toBe(before + 1);
      const stored = await db
        .selectFrom("body")
        .select(["slug", "seat_count", "settings", "kind"])
        .where("id", "=", bodyId)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        slug: "utvalg-for-proving",
        seat_count: 2,
        kind: "standing_committee",
        settings: { noticeDays: 10 },
      });
      const detail = await secretariat.get(`/admin/utvalg/${bodyId}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.body).toContain("Hovedutvalg/komité");
      expect(detail.body).toContain("10 dager før møtet");

      const edited = await secretariat.post(`/admin/utvalg/${bodyId}/rediger`, {
        ...bodyForm,
        seatCount: "3",
        isActive: "",
      });
      expect(edited.statusCode).toBe(303);
      const after = await db
        .selectFrom("body")
        .select(["seat_count", "is_active"])
        .where("id", "=", bodyId)
        .executeTakeFirstOrThrow();
      expect(after).toEqual({ seat_count: 3, is_active: false });
      expect(await auditRows(db, "body.create")).toHaveLength(1);
      const audit = await auditRows(db, "body.update");
      expect(audit[0]?.details).toEqual({
        seatCount: { from: 2, to: 3 },
        isActive: { from: true, to: false },
      });
    });

    it("keeps the body's local rules of procedure, with the statute where a field is left empty", async () => {
      const form = await secretariat.get("/admin/utvalg/ny");
      expect(form.body).toContain("Kommuneloven § 11-9 første ledd: minst halvparten (50 %).");
      const created = await secretariat.post("/admin/utvalg/ny", {
        ...bodyForm,
        quorumPercent: "60",
        speechMinutes: "5",
        replyMinutes: "1",
        answerMinutes: "",
        repliesPerSpeech: "2",
        votesByName: "on",
        videoStreamUrl: "https://video.example.no/bystyret",
      });
      expect(created.statusCode).toBe(303);
      const bodyId = idFrom(created.headers.location, "/admin/utvalg");
      const stored = await db
        .selectFrom("body")
        .select("settings")
        .where("id", "=", bodyId)
        .executeTakeFirstOrThrow();
      expect(stored.settings).toEqual({
        noticeDays: 10,
        quorumPercent: 60,
        speechMinutes: 5,
        replyMinutes: 1,
        repliesPerSpeech: 2,
        votesByName: true,
        videoStreamUrl: "https://video.example.no/bystyret",
      });
      const detail = (await secretariat.get(`/admin/utvalg/${bodyId}`)).body;
      expect(detail).toContain("minst 60 % av plassene (utvalgets reglement)");
      expect(detail).toContain("innlegg 5 min, replikk 1 min, svar på replikk ingen grense");
      const edit = (await secretariat.get(`/admin/utvalg/${bodyId}/rediger`)).body;
      expect(edit).toContain('name="quorumPercent" type="number" value="60"');

      const back = await secretariat.post(`/admin/utvalg/${bodyId}/rediger`, {
        ...bodyForm,
        quorumPercent: "",
        speechMinutes: "5",
      });
      expect(back.statusCode).toBe(303);
      const after = await db
        .selectFrom("body")
        .select("settings")
        .where("id", "=", bodyId)
        .executeTakeFirstOrThrow();
      expect(after.settings).toEqual({ noticeDays: 10, speechMinutes: 5 });
      const audit = await auditRows(db, "body.update");
      expect(audit[0]?.details).toMatchObject({
        quorumPercent: { from: 60, to: null },
        votesByName: { from: true, to: false },
      });
    });

    it("refuses local rules the law or the console cannot take, and changes nothing", async () => {
      const before = await count(db, "body");
      const cases: Array<[Record<string, string>, string]> = [
        [{ ...bodyForm, quorumPercent: "40" }, "et helt tall fra 50 til 100"],
        [{ ...bodyForm, quorumPercent: "101" }, "et helt tall fra 50 til 100"],
        [{ ...bodyForm, quorumPercent: "55,5" }, "et helt tall fra 50 til 100"],
        [{ ...bodyForm, speechMinutes: "0" }, "Skriv taletiden i hele minutter, minst 1"],
        [{ ...bodyForm, replyMinutes: "x" }, "Skriv taletiden i hele minutter, minst 1"],
        [{ ...bodyForm, repliesPerSpeech: "-1" }, "Skriv antall replikker som et helt tall"],
        [{ ...bodyForm, videoStreamUrl: "javascript:alert(1)" }, "begynner med https://"],
      ];
      for (const [form, message] of cases) {
        const response = await secretariat.post("/admin/utvalg/ny", form);
        expectBadRequest(response, message);
      }
      expect(await count(db, "body")).toBe(before);
    });

    it("refuses a duplicate or malformed slug, a bad seat count and an empty name", async () => {
      const before = await count(db, "body");
      const cases: Array<[Record<string, string>, string]> = [
        [{ ...bodyForm, slug: "formannskapet" }, "Et annet utvalg bruker allerede dette navnet"],
        [{ ...bodyForm, slug: "Store Bokstaver" }, "Bruk bare små bokstaver a–z"],
        [{ ...bodyForm, seatCount: "0" }, "Skriv antall plasser som et helt tall, minst 1."],
        [{ ...bodyForm, name: "" }, "Skriv inn navnet på utvalget."],
        [{ ...bodyForm, kind: "parliament" }, "Velg type utvalg."],
      ];
      for (const [form, message] of cases) {
        const response = await secretariat.post("/admin/utvalg/ny", form);
        expectBadRequest(response, message);
      }
      expect(await count(db, "body")).toBe(before);
      expect(await auditRows(db, "body.create")).toHaveLength(0);
    });

    it("shows the current term's members grouped by list", async () => {
      const body = await db
        .selectFrom("body")
        .select("id")
        .where("slug", "=", "formannskapet")
        .executeTakeFirstOrThrow();
      const page = await secretariat.get(`/admin/utvalg/${body.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Medlemmer i valgperioden");
      expect(page.body).toContain("Arbeiderpartiet");
      expect(page.body).toContain("Ordfører");
      expect(page.body).toContain("Legg til medlem eller varamedlem");
    });
  });

  describe("memberships", () => {
    let bodyId: number;
    let termId: number;
    let listId: number;
    let persons: number[];

    beforeEach(async () => {
      const created = await secretariat.post("/admin/utvalg/ny", bodyForm);
      bodyId = idFrom(created.headers.location, "/admin/utvalg");
      const term = await db
        .selectFrom("term")
        .select("id")
        .where("starts_on", "<=", "2026-11-26")
        .where("ends_on", ">=", "2026-11-26")
        .executeTakeFirstOrThrow();
      termId = term.id;
      const list = await db
        .selectFrom("party")
        .select("id")
        .where("short_name", "=", "Ap")
        .executeTakeFirstOrThrow();
      listId = list.id;
      persons = [];
      for (const givenName of ["Anna", "Bjørn", "Cecilie", "David"]) {
        const person = await secretariat.post("/admin/personer/ny", {
          givenName,
          familyName: "Setesen",
        });
        persons.push(idFrom(person.headers.location, "/admin/personer"));
      }
    });

    function seatForm(overrides: Record<string, string> = {}): Record<string, string> {
      return {
        termId: String(termId),
        personId: String(persons[0]),
        role: "member",
        listId: String(listId),
        substituteRank: "",
        hasVote: "on",
        startsOn: "2024-01-01",
        endsOn: "",
        ...overrides,
      };
    }

    it("adds members and substitutes, and shows them by list", async () => {
      const member = await secretariat.post(`/admin/utvalg/${bodyId}/medlemskap`, seatForm());
      expect(member.statusCode).toBe(303);
      expect(member.headers.location).toBe(`/admin/utvalg/${bodyId}?valgperiode=${termId}`);
      const substitute = await secretariat.post(
        `/admin/utvalg/${bodyId}/medlemskap`,
        seatForm({ personId: String(persons[1]), role: "substitute", substituteRank: "1" }),
      );
      expect(substitute.statusCode).toBe(303);
      const rows = await db
        .selectFrom("membership")
        .select(["person_id", "role", "substitute_rank", "list_id", "has_vote"])
        .where("body_id", "=", bodyId)
        .orderBy("id")
        .execute();
      expect(rows).toEqual([
        {
          person_id: persons[0],
          role: "member",
          substitute_rank: null,
          list_id: listId,
          has_vote: true,
        },
        {
          person_id: persons[1],
          role: "substitute",
          substitute_rank: 1,
          list_id: listId,
          has_vote: true,
        },
      ]);
      expect(await auditRows(db, "membership.create")).toHaveLength(2);
      const page = await secretariat.follow(member);
      expect(page.body).toContain("Anna Setesen");
      expect(page.body).toContain("Varamedlem nr. 1");
      expect(page.body).toContain("Endringene er lagret.");

      const personPage = await secretariat.get(`/admin/personer/${persons[0]}`);
      expect(personPage.body).toContain("Utvalg for prøving");
    });

    it("refuses broken seat rules with Norwegian messages and changes nothing", async () => {
      await secretariat.post(`/admin/utvalg/${bodyId}/medlemskap`, seatForm());
      await secretariat.post(
        `/admin/utvalg/${bodyId}/medlemskap`,
        seatForm({ personId: String(persons[1]), role: "substitute", substituteRank: "1" }),
      );
      await secretariat.post(
        `/admin/utvalg/${bodyId}/medlemskap`,
        seatForm({ personId: String(persons[2]) }),
      );
      const before = await count(db, "membership");
      const cases: Array<[Record<string, string>, string]> = [
        [
          seatForm({ personId: String(persons[3]), role: "substitute", substituteRank: "1" }),
          "Nummer 1 i vararekkefølgen er allerede tatt for denne listen i valgperioden.",
        ],
        [
          seatForm({ personId: String(persons[3]), role: "substitute" }),
          "Et varamedlem må ha et nummer i vararekkefølgen.",
        ],
        [
          seatForm({ personId: String(persons[3]) }),
          "Utvalget har 2 plasser med stemmerett, og alle er besatt på startdatoen.",
        ],
        [
          seatForm({ role: "deputy_leader", startsOn: "2025-01-01" }),
          "Personen har allerede en plass i utvalget i denne perioden.",
        ],
        [
          seatForm({ personId: String(persons[3]), role: "observer" }),
          "En observatør har ikke stemmerett.",
        ],
        [
          seatForm({ personId: String(persons[3]), startsOn: "2022-01-01" }),
          "Startdatoen må ligge innenfor valgperioden.",
        ],
        [
          seatForm({ personId: String(persons[3]), endsOn: "2023-12-31" }),
          "Sluttdatoen kan ikke være før startdatoen.",
        ],
        [seatForm({ startsOn: "1. januar" }), "Skriv inn en gyldig startdato."],
      ];
      for (const [form, message] of cases) {
        const response = await secretariat.post(`/admin/utvalg/${bodyId}/medlemskap`, form);
        expectBadRequest(response, message);
      }
      expect(await count(db, "membership")).toBe(before);
      expect(await auditRows(db, "membership.create")).toHaveLength(3);
    });

    it("ends a seat, which frees it for another member", async () => {
      await secretariat.post(`/admin/utvalg/${bodyId}/medlemskap`, seatForm());
      await secretariat.post(
        `/admin/utvalg/${bodyId}/medlemskap`,
        seatForm({ personId: String(persons[1]) }),
      );
      const membership = await db
        .selectFrom("membership")
        .select("id")
        .where("body_id", "=", bodyId)
        .where("person_id", "=", persons[0] ?? 0)
        .executeTakeFirstOrThrow();
      const endPath = `/admin/utvalg/${bodyId}/medlemskap/${membership.id}/avslutt`;
      const form = await secretariat.get(endPath);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain("Avslutt vervet til Anna Setesen");

      const tooEarly = await secretariat.post(endPath, { endsOn: "2023-12-31" });
      expectBadRequest(tooEarly, "Sluttdatoen kan ikke være før startdatoen.");
      const outside = await secretariat.post(endPath, { endsOn: "2031-01-01" });
      expectBadRequest(outside, "Sluttdatoen må ligge innenfor valgperioden.");
      expect(await auditRows(db, "membership.end")).toHaveLength(0);

      const ended = await secretariat.post(endPath, { endsOn: "2025-06-30" });
      expect(ended.statusCode).toBe(303);
      const stored = await db
        .selectFrom("membership")
        .select("ends_on")
        .where("id", "=", membership.id)
        .executeTakeFirstOrThrow();
      expect(stored.ends_on).toBe("2025-06-30");
      const audit = await auditRows(db, "membership.end");
      expect(audit[0]?.details).toEqual({ endsOn: { from: null, to: "2025-06-30" } });

      const again = await secretariat.post(endPath, { endsOn: "2025-07-31" });
      expectBadRequest(again, "Vervet er allerede avsluttet.");

      const successor = await secretariat.post(
        `/admin/utvalg/${bodyId}/medlemskap`,
        seatForm({ personId: String(persons[2]), startsOn: "2025-07-01" }),
      );
      expect(successor.statusCode).toBe(303);
    });

    it("answers 404 for a seat that belongs to another body", async () => {
      const other = await db
        .selectFrom("membership")
        .select("id")
        .where("body_id", "<>", bodyId)
        .executeTakeFirstOrThrow();
      const response = await secretariat.get(
        `/admin/utvalg/${bodyId}/medlemskap/${other.id}/avslutt`,
      );
      expect(response.statusCode).toBe(404);
    });
  });

  describe("access", () => {
    const pages = [
      "/admin/valgperioder",
      "/admin/valgperioder/ny",
      "/admin/partier",
      "/admin/partier/ny",
      "/admin/personer",
      "/admin/personer/ny",
      "/admin/utvalg",
      "/admin/utvalg/ny",
    ];

    it("sends anonymous visitors to the login page, also when they post", async () => {
      for (const url of pages) {
        const response = await test.app.inject({ method: "GET", url });
        expect(response.statusCode).toBe(303);
        expect(response.headers.location).toBe(`/logg-inn?neste=${encodeURIComponent(url)}`);
      }
      const before = await count(db, "term");
      const response = await test.app.inject({
        method: "POST",
        url: "/admin/valgperioder/ny",
        payload: termForm,
      });
      expect(response.statusCode).toBe(303);
      expect(String(response.headers.location)).toMatch(/^\/logg-inn/);
      expect(await count(db, "term")).toBe(before);
    });

    it("answers 404 to members and case officers, and changes nothing", async () => {
      const body = await db
        .selectFrom("body")
        .select("id")
        .where("slug", "=", "formannskapet")
        .executeTakeFirstOrThrow();
      const person = await db.selectFrom("person").select("id").executeTakeFirstOrThrow();
      const member = await signIn(test.app, "member");
      const caseOfficer = await signIn(test.app, "case_officer");
      const detailPages = [
        ...pages,
        `/admin/utvalg/${body.id}`,
        `/admin/utvalg/${body.id}/rediger`,
        `/admin/personer/${person.id}`,
      ];
      for (const agent of [member, caseOfficer]) {
        for (const url of detailPages) {
          const response = await agent.get(url);
          expect(response.statusCode, url).toBe(404);
        }
      }
      const counts = async () =>
        Promise.all(
          (["term", "party", "person", "body", "membership"] as const).map((table) =>
            count(db, table),
          ),
        );
      const before = await counts();
      const auditBefore = await count(db, "audit_log");
      const posts: Array<[string, Record<string, string>]> = [
        ["/admin/valgperioder/ny", termForm],
        ["/admin/partier/ny", { name: "Medlemspartiet", shortName: "MP" }],
        ["/admin/personer/ny", { givenName: "Ikke", familyName: "Lagret" }],
        ["/admin/utvalg/ny", bodyForm],
        [`/admin/utvalg/${body.id}/rediger`, bodyForm],
        [`/admin/personer/${person.id}/rediger`, { givenName: "Ikke", familyName: "Endret" }],
        [
          `/admin/utvalg/${body.id}/medlemskap`,
          {
            termId: "1",
            personId: String(person.id),
            role: "observer",
            startsOn: "2026-01-01",
          },
        ],
      ];
      for (const [url, form] of posts) {
        const response = await member.post(url, form);
        expect(response.statusCode, url).toBe(404);
      }
      expect(await counts()).toEqual(before);
      expect(await count(db, "audit_log")).toBe(auditBefore);
      const stored = await db
        .selectFrom("body")
        .select("slug")
        .where("id", "=", body.id)
        .executeTakeFirstOrThrow();
      expect(stored.slug).toBe("formannskapet");
    });

    it("refuses a post without or with a wrong CSRF token", async () => {
      const before = await count(db, "body");
      const without = await test.app.inject({
        method: "POST",
        url: "/admin/utvalg/ny",
        headers: { cookie: secretariat.cookie },
        payload: bodyForm,
      });
      expect(without.statusCode).toBe(403);
      const wrong = await secretariat.post("/admin/utvalg/ny", { ...bodyForm, _csrf: "feil" });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.body).toContain("Skjemaet er utløpt");
      expect(await count(db, "body")).toBe(before);
      expect(await auditRows(db, "body.create")).toHaveLength(0);
    });

    it("puts the CSRF token in every registry form", async () => {
      const body = await db
        .selectFrom("body")
        .select("id")
        .where("slug", "=", "formannskapet")
        .executeTakeFirstOrThrow();
      for (const url of [
        ...pages.filter((page) => page.endsWith("/ny")),
        `/admin/utvalg/${body.id}`,
      ]) {
        const response = await secretariat.get(url);
        expect(response.body, url).toContain(`name="_csrf" value="${secretariat.csrfToken}"`);
      }
    });
  });
});
