import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { createSession } from "../src/auth/session.ts";
import { commit } from "../src/commit/commit.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { createCase } from "../src/features/cases/create-case.ts";
import { casePublished } from "../src/features/public-access/published.ts";
import { BODIES_PATH } from "../src/features/registry/registry-paths.ts";
import { createUser } from "../test/helpers/accounts.ts";
import { formFields } from "./form-fields.ts";

const EDITOR_USERNAME = "bench-redaktor";

/** A signed-in secretariat account and what it edits. */
export interface EditorAccount {
  cookie: string;
  /** A case on no published agenda: saving it is a change only the workspace sees. */
  draftCaseId: number;
  /** A body whose rename the portal shows: saving it is a public change. */
  bodyId: number;
}

/**
 * Makes sure the bench's editor account and draft case exist, signs the account in and picks
 * the body it renames. Opens the
 * database itself, so on PGlite it runs while the app is stopped. The account is made the way
 * the first start makes one (src/bootstrap.ts) and signed in by creating its session directly,
 * so the bench does not depend on the login form's steps.
 */
export async function prepareEditor(target: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<EditorAccount> {
  const handle = await openDatabase(
    target.databaseUrl ? { databaseUrl: target.databaseUrl } : { dataDir: target.dataDir },
  );
  try {
    const db = handle.db;
    const existing = await db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", EDITOR_USERNAME)
      .executeTakeFirst();
    const userId =
      existing?.id ??
      (await createUser(db, {
        username: EDITOR_USERNAME,
        displayName: "Benchmark-redaktør",
        role: "administrator",
        password: `${crypto.randomUUID()}-${crypto.randomUUID()}`,
        // Nobody logs in with it: the session is made below.
        mustChangePassword: false,
      }));
    const { token } = await createSession(db, userId);
    const body = await db
      .selectFrom("body")
      .select("id")
      .where("kind", "<>", "council")
      .orderBy("sort_order", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    if (!body) throw new Error("The data set has no body besides the council.");
    return {
      cookie: `fs_session=${token}`,
      draftCaseId: await draftCase(db, body.id),
      bodyId: body.id,
    };
  } finally {
    await handle.close();
  }
}

/** The bench's own case, registered once and never put on an agenda. */
const DRAFT_CASE_NUMBER = "2026/999999";

async function draftCase(db: Database, bodyId: number): Promise<number> {
  const existing = await db
    .selectFrom("case as c")
    .select(["c.id", sql<boolean>`${casePublished("c.id")}`.as("published")])
    .where("c.archive_case_number", "=", DRAFT_CASE_NUMBER)
    .executeTakeFirst();
  if (existing?.published)
    throw new Error(`Case ${DRAFT_CASE_NUMBER} is on a published agenda: it is no draft.`);
  if (existing) return existing.id;
  const outcome = await commit({ db }, (tx) =>
    createCase({
      actor: { kind: "system", name: "Benchmark" },
      tx,
      input: {
        archiveCaseNumber: DRAFT_CASE_NUMBER,
        title: "Utkast som benchmarken lagrer",
        caseType: "PS",
        caseOfficer: "",
        responsibleUnit: "",
        summary: "",
        facts: "",
        assessment: "",
        recommendation: "",
        access: "public",
        publicTitle: null,
        exemptionBasis: null,
        route: [bodyId],
        ownerId: null,
      },
    }),
  );
  if (!outcome.ok)
    throw new Error(`Could not register the draft case: ${JSON.stringify(outcome.errors)}`);
  return outcome.value.caseId;
}

export type EditKind = "draft" | "public";

export interface EditStats {
  saves: number;
  failures: number;
  saveP50Ms: number;
}

/**
 * Saves one form again and again as a signed-in user would: the case form of the draft case
 * with its title changed ("draft", an internal change), or the body form with its name
 * changed ("public"). The form is read once and posted with all its fields.
 */
export class Editor {
  private saves = 0;
  private failures = 0;
  private readonly timings: number[] = [];

  private constructor(
    private readonly baseUrl: string,
    private readonly account: EditorAccount,
    private readonly action: string,
    private readonly fields: Record<string, string>,
    private readonly field: string,
  ) {}

  static async open(baseUrl: string, account: EditorAccount, kind: EditKind): Promise<Editor> {
    const [page, action, field] =
      kind === "draft"
        ? [`/admin/saker/${account.draftCaseId}`, `/admin/saker/${account.draftCaseId}`, "title"]
        : [
            `${BODIES_PATH}/${account.bodyId}/rediger`,
            `${BODIES_PATH}/${account.bodyId}/rediger`,
            "name",
          ];
    const response = await fetch(`${baseUrl}${page}`, {
      headers: { cookie: account.cookie },
      redirect: "manual",
    });
    if (response.status !== 200)
      throw new Error(`GET ${page} as the bench's editor answered ${response.status}`);
    const fields = formFields(await response.text(), action);
    if (fields[field] === undefined) throw new Error(`The form on ${page} has no field ${field}`);
    return new Editor(baseUrl, account, action, fields, field);
  }

  /** Saves the form with the field's original value plus `suffix`; true when it was saved. */
  private async post(suffix: string): Promise<boolean> {
    const started = performance.now();
    const values = { ...this.fields, [this.field]: `${this.fields[this.field] ?? ""}${suffix}` };
    const response = await fetch(`${this.baseUrl}${this.action}`, {
      method: "POST",
      headers: {
        cookie: this.account.cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(values).toString(),
      redirect: "manual",
    });
    await response.arrayBuffer();
    // A saved form redirects to its page; a refused one is shown again with 200 or 4xx.
    if (response.status !== 303) return false;
    this.timings.push(performance.now() - started);
    return true;
  }

  /** One save with a changed value. */
  async save(suffix: string): Promise<void> {
    if (await this.post(suffix)) this.saves++;
    else this.failures++;
  }

  /** Puts the field back as it was when the form was read. */
  async restore(): Promise<void> {
    if (!(await this.post(""))) throw new Error(`Could not restore ${this.action}`);
    this.timings.pop();
  }

  /**
   * Saves every `intervalMs` (the next save waits when one takes longer) until `stop()`; the
   * field is put back as it was at the end.
   */
  run(intervalMs: number): { stop(): Promise<EditStats> } {
    let running = true;
    const loop = (async () => {
      let next = performance.now();
      for (let round = 1; running; round++) {
        await this.save(` (${round})`);
        next += intervalMs;
        const wait = next - performance.now();
        if (wait > 0) await sleep(wait);
        else next = performance.now();
      }
      await this.restore();
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        return this.stats();
      },
    };
  }

  stats(): EditStats {
    const sorted = [...this.timings].sort((a, b) => a - b);
    return {
      saves: this.saves,
      failures: this.failures,
      saveP50Ms: Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)),
    };
  }
}
