import { randomBytes } from "node:crypto";
import path from "node:path";
import { writeAudit } from "./audit.ts";
import { hashPassword } from "./auth/passwords.ts";
import { type BlobStore, LocalBlobStore } from "./blobs/blob-store.ts";
import { commit } from "./commit/commit.ts";
import { refusalLines, succeeded } from "./commit/outcome.ts";
import type { Config } from "./config.ts";
import { type DatabaseHandle, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import type { UserRole } from "./db/schema.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { createMunicipality } from "./features/municipality/create-municipality.ts";

export interface Started {
  handle: DatabaseHandle;
  blobs: BlobStore;
  /** Accounts created on this start, with their one-time passwords. */
  createdAccounts: Array<{ username: string; password: string; role: UserRole }>;
  seeded: boolean;
}

/** The accounts a first start creates: the administrator, and with the demo one per role. */
const DEMO_ACCOUNTS: Array<{ username: string; displayName: string; role: UserRole }> = [
  { username: "sekretariat", displayName: "Siri Sekretær", role: "secretariat" },
  { username: "saksbehandler", displayName: "Sander Saksbehandler", role: "case_officer" },
];

const STARTUP_ACTOR = { kind: "system", name: "Oppstart" } as const;

export const generatePassword = (): string => randomBytes(12).toString("base64url");

/** Opens the database, brings the schema up to date, and on first start fills it. */
export async function bootstrap(config: Config, now: Date = new Date()): Promise<Started> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, "pglite"),
  });
  const blobs = new LocalBlobStore(path.join(config.dataDir, "blobs"));
  await migrateToLatest(handle.db);
  const db = handle.db;
  let seeded = false;
  const hasMunicipality = await db.selectFrom("municipality").select("id").executeTakeFirst();
  if (!hasMunicipality) {
    if (config.demo) {
      const summary = await seedDemo(db, { now });
      for (const blob of summary.blobs) await blobs.put(blob.bytes);
      seeded = true;
    } else {
      await commit({ db }, async (tx) =>
        succeeded(
          await createMunicipality({
            actor: STARTUP_ACTOR,
            input: { name: "Ny kommune", shortName: "Ny" },
            tx,
          }),
        ),
      );
    }
  }
  const createdAccounts: Started["createdAccounts"] = [];
  const anyUser = await db.selectFrom("app_user").select("id").executeTakeFirst();
  if (!anyUser) {
    const accounts = [
      { username: "admin", displayName: "Administrator", role: "administrator" as UserRole },
      ...(seeded ? DEMO_ACCOUNTS : []),
    ];
    for (const account of accounts) {
      const password = generatePassword();
      await createUser(db, { ...account, password, mustChangePassword: true });
      createdAccounts.push({ username: account.username, password, role: account.role });
    }
  }
  return { handle, blobs, createdAccounts, seeded };
}

export async function createUser(
  db: DatabaseHandle["db"],
  account: {
    username: string;
    displayName: string;
    role: UserRole;
    password: string;
    personId?: number;
    /** True for a password shown to a person once, which they must replace at first login. */
    mustChangePassword: boolean;
  },
): Promise<number> {
  const passwordHash = await hashPassword(account.password);
  const outcome = await commit({ db }, async (tx) => {
    const created = await tx
      .insertInto("app_user")
      .values({
        username: account.username.toLowerCase(),
        display_name: account.displayName,
        role: account.role,
        password_hash: passwordHash,
        person_id: account.personId ?? null,
        must_change_password: account.mustChangePassword,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(tx, {
      actor: STARTUP_ACTOR,
      action: "user.create",
      visibility: "internal",
      entityType: "app_user",
      entityId: created.id,
      details: { username: account.username, role: account.role },
    });
    return succeeded(created.id);
  });
  if (!outcome.ok) throw new Error(refusalLines(outcome.errors).join(" "));
  return outcome.value;
}
