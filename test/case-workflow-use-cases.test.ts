import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commit } from "../src/commit/commit.ts";
import type { Outcome } from "../src/commit/outcome.ts";
import type { Database } from "../src/db/database.ts";
import { approveCase } from "../src/features/cases/approve-case.ts";
import { type LockedCase, lockCase } from "../src/features/cases/queries.ts";
import { returnCase } from "../src/features/cases/return-case.ts";
import { reviseCase } from "../src/features/cases/revise-case.ts";
import { shareCase } from "../src/features/cases/share-case.ts";
import { submitCase } from "../src/features/cases/submit-case.ts";
import { buildCase } from "./factories/cases.ts";
import { buildBody } from "./factories/registry.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createUser } from "./helpers/accounts.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
let bodyId: number;
let officerId: number;

beforeAll(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  bodyId = (
    await buildBody(db, { name: "Formannskapet", slug: "fsk", kind: "executive_committee" })
  ).id;
  officerId = await createUser(db, {
    username: "officer",
    displayName: "Kari Saksbehandler",
    role: "case_officer",
    password: "riktig-hest-batteri-stift",
    mustChangePassword: false,
  });
});
afterAll(async () => {
  await t.close();
});

/** Runs a use case on the locked case through the commit step, as a route does. */
function onCase<T>(
  caseId: number,
  work: (current: LockedCase, tx: Database) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  return commit({ db }, async (tx) => work(await lockCase(tx, caseId), tx));
}

async function trace(caseId: number) {
  const [row, versions, audits, shares] = await Promise.all([
    db.selectFrom("case").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow(),
    db.selectFrom("case_version").selectAll().where("case_id", "=", caseId).execute(),
    db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "case")
      .where("entity_id", "=", String(caseId))
      .execute(),
    db.selectFrom("case_share").selectAll().where("case_id", "=", caseId).execute(),
  ]);
  return { row, versions, audits, shares };
}

async function submittedCase(): Promise<number> {
  const { id } = await buildCase(db, { route: [bodyId], ownerId: officerId });
  await commitOrThrow(db, async (tx) =>
    submitCase({ actor: TEST_ACTOR, current: await lockCase(tx, id), tx }),
  );
  return id;
}

describe("the workflow's use cases", () => {
  it("refuses to approve a draft, and writes no version or audit row", async () => {
    const { id } = await buildCase(db, { route: [bodyId], ownerId: officerId });
    const before = await trace(id);
    const outcome = await onCase(id, (current, tx) =>
      approveCase({ actor: TEST_ACTOR, current, tx }),
    );
    expect(outcome).toEqual({
      ok: false,
      errors: { form: "Bare en sak som er sendt til godkjenning, kan godkjennes." },
    });
    expect(await trace(id)).toEqual(before);
  });

  it("approves once: a second approval is refused and leaves version 1 alone", async () => {
    const id = await submittedCase();
    const first = await onCase(id, (current, tx) =>
      approveCase({ actor: TEST_ACTOR, current, tx }),
    );
    expect(first).toEqual({ ok: true, value: { caseId: id, version: 1 } });
    const after = await trace(id);
    expect(after.row).toMatchObject({ status: "approved", approved_by_name: "Testdata" });
    expect(after.versions).toHaveLength(1);
    const jobs = await db.selectFrom("job").select(["type", "payload"]).execute();
    expect(jobs).toContainEqual({
      type: "renderPresentationPdf",
      payload: { caseVersionId: after.versions[0]?.id },
    });
    const second = await onCase(id, (current, tx) =>
      approveCase({ actor: TEST_ACTOR, current, tx }),
    );
    expect(second.ok).toBe(false);
    expect(await trace(id)).toEqual(after);
  });

  it("refuses a return comment that is too long", async () => {
    const id = await submittedCase();
    const before = await trace(id);
    const outcome = await onCase(id, (current, tx) =>
      returnCase({ actor: TEST_ACTOR, current, comment: "x".repeat(5001), tx }),
    );
    expect(outcome).toEqual({
      ok: false,
      errors: { comment: "Kommentaren kan ha høyst 5\u00a0000 tegn." },
    });
    expect(await trace(id)).toEqual(before);
  });

  it("keeps the recommendation a body has decided, even in a new version", async () => {
    const id = await submittedCase();
    await commitOrThrow(db, async (tx) =>
      approveCase({ actor: TEST_ACTOR, current: await lockCase(tx, id), tx }),
    );
    const before = await trace(id);
    const outcome = await onCase(id, (current, tx) =>
      reviseCase({
        actor: TEST_ACTOR,
        current: { ...current, decided: true },
        texts: { ...current, recommendation: "Noe annet enn det utvalget behandlet." },
        reason: "Endret innstilling.",
        tx,
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      errors: {
        recommendation: "Innstillingen kan ikke endres etter at et utvalg har behandlet saken.",
      },
    });
    expect(await trace(id)).toEqual(before);
  });

  it("refuses a revision of a case that is not approved", async () => {
    const id = await submittedCase();
    const before = await trace(id);
    const outcome = await onCase(id, (current, tx) =>
      reviseCase({
        actor: TEST_ACTOR,
        current,
        texts: { ...current, summary: "Nytt sammendrag." },
        reason: "Fordi.",
        tx,
      }),
    );
    expect(outcome.ok).toBe(false);
    expect(await trace(id)).toEqual(before);
  });

  it("shares only with another active case officer", async () => {
    const { id } = await buildCase(db, { route: [bodyId], ownerId: officerId });
    const secretary = await createUser(db, {
      username: "secretary",
      displayName: "Sekretær",
      role: "secretariat",
      password: "riktig-hest-batteri-stift",
      mustChangePassword: false,
    });
    const before = await trace(id);
    for (const userId of [officerId, secretary, 999_999]) {
      const outcome = await onCase(id, (current, tx) =>
        shareCase({ actor: TEST_ACTOR, current, userId, tx }),
      );
      expect(outcome).toEqual({
        ok: false,
        errors: { shareWith: "Velg en annen saksbehandler fra listen." },
      });
    }
    expect(await trace(id)).toEqual(before);
  });
});
