import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
let officer: Agent;
let colleague: Agent;
let approver: Agent;
let staff: Agent;
let bodyId: number;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  officer = await signIn(t.app, "case_officer", "officer");
  colleague = await signIn(t.app, "case_officer", "colleague");
  approver = await signIn(t.app, "case_officer", "approver", { mayApproveCases: true });
  staff = await signIn(t.app, "secretariat");
  bodyId = (
    await buildBody(db, { name: "Formannskapet", slug: "fsk", kind: "executive_committee" })
  ).id;
});
afterEach(async () => {
  await t.close();
});

let archiveSequence = 100;

function caseForm(change: Record<string, string> = {}): Record<string, string> {
  archiveSequence += 1;
  return {
    archiveCaseNumber: `2026/${archiveSequence}`,
    title: "Ny barnehage i Sentrum",
    caseType: "PS",
    caseOfficer: "Test case_officer",
    responsibleUnit: "Oppvekst",
    summary: "Kommunen trenger flere barnehageplasser.",
    facts: "Det står 40 barn på venteliste.\nTomten er regulert.",
    assessment: "Kommunedirektøren mener behovet er stort.",
    recommendation: "1. Barnehagen bygges.\n2. Rammen settes til 80 mill. kr.",
    access: "public",
    publicTitle: "",
    exemptionBasis: "",
    route1: String(bodyId),
    ...change,
  };
}

async function register(agent: Agent, form = caseForm()): Promise<number> {
  const response = await agent.post("/admin/saker", form);
  expect(response.statusCode).toBe(303);
  return Number(/\/admin\/saker\/(\d+)/.exec(String(response.headers.location))?.[1]);
}

const caseRow = (caseId: number) =>
  db.selectFrom("case").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();

async function caseAudits(caseId: number) {
  return db
    .selectFrom("audit_log")
    .innerJoin("change_event", "change_event.audit_id", "audit_log.id")
    .select([
      "audit_log.action",
      "audit_log.actor_name",
      "audit_log.details",
      "change_event.public",
    ])
    .where("audit_log.entity_type", "=", "case")
    .where("audit_log.entity_id", "=", String(caseId))
    .orderBy("audit_log.id")
    .execute();
}

const versions = (caseId: number) =>
  db
    .selectFrom("case_version")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("version")
    .execute();

/** The case, its versions and its audit rows: what a refused change must leave as it was. */
async function snapshot(caseId: number) {
  return {
    row: await caseRow(caseId),
    versions: await versions(caseId),
    audits: await caseAudits(caseId),
    shares: await db.selectFrom("case_share").selectAll().execute(),
  };
}

describe("the case officer's draft", () => {
  it("previews the typed text without saving it, and shows the estimated length", async () => {
    const caseId = await register(officer);
    const before = await snapshot(caseId);
    const typed = caseForm({ assessment: "Ny vurdering som ikke er lagret.\n\nAndre avsnitt." });
    const preview = await officer.post(`/admin/saker/${caseId}`, {
      ...typed,
      handling: "forhandsvis",
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain("Forhåndsvisning");
    expect(preview.body).toContain('<p class="ds-paragraph">Ny vurdering som ikke er lagret.</p>');
    expect(preview.body).toMatch(/<textarea[^>]*name="assessment"[^>]*>Ny vurdering som ikke/);
    expect(preview.body).toContain("Det står 40 barn på venteliste.<br/>Tomten er regulert.");
    expect(preview.body).toContain("Anslått lengde:");
    expect(await snapshot(caseId)).toEqual(before);

    const newPreview = await officer.post("/admin/saker", {
      ...caseForm(),
      handling: "forhandsvis",
    });
    expect(newPreview.statusCode).toBe(200);
    expect(newPreview.body).toContain("Forhåndsvisning");
    expect(await db.selectFrom("case").select("id").execute()).toHaveLength(1);
  });

  it("warns when the presentation runs past the municipality's page limit", async () => {
    const long = Array.from({ length: 60 }, () =>
      "Dette er en lang setning om saken. ".repeat(5),
    ).join("\n\n");
    const caseId = await register(officer, caseForm({ facts: long }));
    const page = await officer.get(`/admin/saker/${caseId}`);
    expect(page.body).toContain("mer enn kommunens grense på 2 sider");
    const short = await register(officer);
    expect((await officer.get(`/admin/saker/${short}`)).body).not.toContain("kommunens grense på");
  });

  it("lets only its owner, and whoever they share it with, edit it", async () => {
    const caseId = await register(officer);
    const before = await snapshot(caseId);
    const edit = { ...caseForm(), archiveCaseNumber: before.row.archive_case_number };
    for (const agent of [colleague, approver, staff]) {
      const page = await agent.get(`/admin/saker/${caseId}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain("Lagre endringer");
      const change = await agent.post(`/admin/saker/${caseId}`, { ...edit, title: "Overtatt" });
      expect(change.statusCode).toBe(404);
      expect((await agent.post(`/admin/saker/${caseId}/send`, {})).statusCode).toBe(404);
    }
    expect(await snapshot(caseId)).toEqual(before);

    const colleagueId = (
      await db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", "colleague")
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (await colleague.post(`/admin/saker/${caseId}/deling`, { shareWith: String(colleagueId) }))
        .statusCode,
    ).toBe(404);
    const shared = await officer.post(`/admin/saker/${caseId}/deling`, {
      shareWith: String(colleagueId),
    });
    expect(shared.statusCode).toBe(303);
    const twice = await officer.post(`/admin/saker/${caseId}/deling`, {
      shareWith: String(colleagueId),
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("Saken er allerede delt med Test case_officer.");

    const byColleague = await colleague.post(`/admin/saker/${caseId}`, {
      ...edit,
      title: "Ny barnehage i Sentrum, skrevet sammen",
    });
    expect(byColleague.statusCode).toBe(303);
    expect((await caseRow(caseId)).title).toBe("Ny barnehage i Sentrum, skrevet sammen");
    expect((await colleague.get("/admin/saker/mine")).body).toContain(`/admin/saker/${caseId}"`);

    const unshared = await officer.post(`/admin/saker/${caseId}/deling/${colleagueId}/fjern`, {});
    expect(unshared.statusCode).toBe(303);
    expect((await colleague.post(`/admin/saker/${caseId}`, edit)).statusCode).toBe(404);
    expect((await caseAudits(caseId)).map((audit) => audit.action)).toEqual([
      "case.create",
      "case.share",
      "case.update",
      "case.unshare",
    ]);
  });

  it("answers 404 for another officer's exempt draft on every route, and changes nothing", async () => {
    const caseId = await register(
      officer,
      caseForm({
        title: "Oppsigelse av navngitt ansatt",
        access: "exempt",
        publicTitle: "Personalsak",
        exemptionBasis: "Offl. § 13 jf. fvl. § 13",
      }),
    );
    const before = await snapshot(caseId);
    for (const agent of [colleague, approver]) {
      for (const url of [`/admin/saker/${caseId}`, `/admin/saker/${caseId}/historikk`]) {
        const page = await agent.get(url);
        expect(page.statusCode).toBe(404);
        expect(page.body).not.toContain("navngitt ansatt");
      }
      for (const segment of ["send", "godkjenn", "send-tilbake", "klar", "ny-versjon", "deling"])
        expect((await agent.post(`/admin/saker/${caseId}/${segment}`, {})).statusCode).toBe(404);
      const preview = await agent.post(`/admin/saker/${caseId}`, { handling: "forhandsvis" });
      expect(preview.statusCode).toBe(404);
    }
    expect(await snapshot(caseId)).toEqual(before);
    // Once submitted, the approver reads it to decide.
    await officer.post(`/admin/saker/${caseId}/send`, {});
    expect((await approver.get(`/admin/saker/${caseId}`)).statusCode).toBe(200);
    expect((await colleague.get(`/admin/saker/${caseId}`)).statusCode).toBe(404);
  });
});

describe("submitting, returning and approving", () => {
  it("carries a case from draft to ready and records who did what and when", async () => {
    const caseId = await register(officer);
    const draftPage = await officer.get(`/admin/saker/${caseId}`);
    expect(draftPage.body).toContain("Utkast");
    expect(draftPage.body).toContain("Send til godkjenning");

    expect((await officer.post(`/admin/saker/${caseId}/send`, {})).statusCode).toBe(303);
    const submitted = await caseRow(caseId);
    expect(submitted.status).toBe("submitted");
    expect(submitted.submitted_at).not.toBeNull();

    const frozen = await officer.post(`/admin/saker/${caseId}`, {
      ...caseForm(),
      archiveCaseNumber: submitted.archive_case_number,
      title: "Endret etter innsending",
    });
    expect(frozen.statusCode).toBe(400);
    expect(frozen.body).toContain("Saken er ikke lenger et utkast.");
    const again = await officer.post(`/admin/saker/${caseId}/send`, {});
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Bare et utkast kan sendes til godkjenning.");
    expect(await caseRow(caseId)).toEqual(submitted);

    expect((await officer.post(`/admin/saker/${caseId}/godkjenn`, {})).statusCode).toBe(404);
    expect((await officer.get("/admin/saker/til-godkjenning")).statusCode).toBe(404);
    const list = await approver.get("/admin/saker/til-godkjenning");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/admin/saker/${caseId}"`);

    const noComment = await approver.post(`/admin/saker/${caseId}/send-tilbake`, { comment: " " });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.body).toContain("Skriv hva saksbehandleren skal rette");
    // The case is still shown as saved beside the refused comment.
    expect(noComment.body).toMatch(/<textarea[^>]*name="assessment"[^>]*>Kommunedirektøren mener/);
    expect(await caseRow(caseId)).toEqual(submitted);

    const returned = await approver.post(`/admin/saker/${caseId}/send-tilbake`, {
      comment: "Vurderingen må si noe om driftskostnadene.",
    });
    expect(returned.statusCode).toBe(303);
    expect((await caseRow(caseId)).status).toBe("draft");
    const officerPage = await officer.get(`/admin/saker/${caseId}`);
    expect(officerPage.body).toContain("Vurderingen må si noe om driftskostnadene.");
    expect((await officer.get("/admin/saker/mine")).body).toContain("Sendt tilbake");

    await officer.post(`/admin/saker/${caseId}/send`, {});
    expect((await caseRow(caseId)).returned_comment).toBeNull();
    expect((await approver.post(`/admin/saker/${caseId}/godkjenn`, {})).statusCode).toBe(303);
    const approved = await caseRow(caseId);
    expect(approved).toMatchObject({
      status: "approved",
      approved_by_name: "Test case_officer",
      version: 1,
    });
    expect(approved.approved_at).not.toBeNull();
    expect(await versions(caseId)).toMatchObject([
      {
        version: 1,
        reason: null,
        title: approved.title,
        facts: approved.facts,
        recommendation: approved.recommendation,
      },
    ]);
    const approvedPage = await officer.get(`/admin/saker/${caseId}`);
    expect(approvedPage.body).toContain("Godkjent for kommunedirektøren");
    expect(approvedPage.body).toContain("Meld klar for sekretariatet");

    expect((await officer.post(`/admin/saker/${caseId}/klar`, {})).statusCode).toBe(303);
    expect((await caseRow(caseId)).status).toBe("ready");

    const audits = await caseAudits(caseId);
    expect(audits.map((audit) => audit.action)).toEqual([
      "case.create",
      "case.submit",
      "case.return",
      "case.submit",
      "case.approve",
      "case.ready",
    ]);
    // Nothing here is on a published agenda, so the portal has nothing to refresh.
    expect(audits.every((audit) => !audit.public)).toBe(true);
    expect(audits[2]?.details).toMatchObject({
      comment: "Vurderingen må si noe om driftskostnadene.",
    });
  });

  it("lets the secretariat mark an approved case ready, but not approve it", async () => {
    const caseId = await register(officer);
    await officer.post(`/admin/saker/${caseId}/send`, {});
    expect((await staff.post(`/admin/saker/${caseId}/godkjenn`, {})).statusCode).toBe(404);
    await approver.post(`/admin/saker/${caseId}/godkjenn`, {});
    expect((await staff.post(`/admin/saker/${caseId}/klar`, {})).statusCode).toBe(303);
    expect((await caseRow(caseId)).status).toBe("ready");
  });

  it("refuses to submit a draft without a recommendation", async () => {
    const caseId = await register(officer, caseForm({ recommendation: "" }));
    const before = await snapshot(caseId);
    const response = await officer.post(`/admin/saker/${caseId}/send`, {});
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Skriv kommunedirektørens innstilling");
    expect(await snapshot(caseId)).toEqual(before);
  });
});

describe("a new version after approval", () => {
  async function approvedCase(): Promise<number> {
    const caseId = await register(officer);
    await officer.post(`/admin/saker/${caseId}/send`, {});
    await approver.post(`/admin/saker/${caseId}/godkjenn`, {});
    return caseId;
  }

  const revision = (change: Record<string, string>) => {
    const { archiveCaseNumber: _, ...form } = caseForm();
    return { ...form, ...change };
  };

  it("refuses a revision without a reason or without a change, and changes nothing", async () => {
    const caseId = await approvedCase();
    const before = await snapshot(caseId);
    const noReason = await officer.post(
      `/admin/saker/${caseId}/ny-versjon`,
      revision({ assessment: "Ny vurdering.", reason: "  " }),
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain("Skriv hvorfor saksframlegget endres.");
    const noChange = await officer.post(
      `/admin/saker/${caseId}/ny-versjon`,
      revision({ title: before.row.title, reason: "Retter skrivefeil." }),
    );
    expect(noChange.statusCode).toBe(400);
    expect(noChange.body).toContain("Ingen tekst er endret");
    expect(
      (
        await colleague.post(
          `/admin/saker/${caseId}/ny-versjon`,
          revision({ assessment: "Kapret.", reason: "Fordi." }),
        )
      ).statusCode,
    ).toBe(404);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("saves a change with its reason as version 2, shown in the history", async () => {
    const caseId = await approvedCase();
    const page = await officer.get(`/admin/saker/${caseId}`);
    expect(page.body).toContain("Endre det godkjente saksframlegget");
    expect(page.body).not.toContain("Lagre endringer");
    const revised = await officer.post(
      `/admin/saker/${caseId}/ny-versjon`,
      revision({
        assessment: "Kommunedirektøren mener behovet er stort, og driften er dekket.",
        reason: "Tatt med driftskostnadene.",
      }),
    );
    expect(revised.statusCode).toBe(303);
    const row = await caseRow(caseId);
    expect(row.version).toBe(2);
    expect(row.assessment).toBe("Kommunedirektøren mener behovet er stort, og driften er dekket.");
    const kept = await versions(caseId);
    expect(kept.map((version) => [version.version, version.reason])).toEqual([
      [1, null],
      [2, "Tatt med driftskostnadene."],
    ]);
    expect(kept[0]?.assessment).toBe("Kommunedirektøren mener behovet er stort.");
    expect(kept[1]?.author_name).toBe("Test case_officer");

    const history = await officer.get(`/admin/saker/${caseId}/historikk`);
    expect(history.statusCode).toBe(200);
    expect(history.body).toContain("Tatt med driftskostnadene.");
    expect(history.body).toContain("Lagret en ny versjon av saksframlegget");
    expect(history.body).toContain("Godkjente saksframlegget for kommunedirektøren");
    expect(history.body).toContain("endret vurdering");
  });
});
