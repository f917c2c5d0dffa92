import path from "node:path";
import { type BlobStore, LocalBlobStore } from "./blobs/blob-store.ts";
import { commit } from "./commit/commit.ts";
import { refusalLines, succeeded } from "./commit/outcome.ts";
import type { Config } from "./config.ts";
import { type DatabaseHandle, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import type { UserRole } from "./db/schema.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { createMunicipality } from "./features/municipality/create-municipality.ts";
import { refreshWholeSearchIndex } from "./features/search/refresh-search-index.ts";
import { createUserAccount } from "./features/users/create-user-account.ts";

export interface Started {
  handle: DatabaseHandle;
  blobs: BlobStore;
  /** Accounts created on this start, with their one-time passwords. */
  createdAccounts: Array<{ username: string; password: string; role: UserRole }>;
  seeded: boolean;
}

/** The accounts a first start creates: the administrator, and with the demo one per role. */
const DEMO_ACCOUNTS: Array<{
  username: string;
  displayName: string;
  role: UserRole;
  email: string | null;
}> = [
  { username: "sekretariat", displayName: "Siri Sekretær", role: "secretariat", email: null },
  // Decision notices on the case officer's cases reach the demo's outbox at this address.
  {
    username: "saksbehandler",
    displayName: "Sander Saksbehandler",
    role: "case_officer",
    email: "sander.saksbehandler@eksempel.kommune.no",
  },
];

const STARTUP_ACTOR = { kind: "system", name: "Oppstart" } as const;

/** Opens the database, brings the schema up to date, and on first start fills it. */
export async function bootstrap(config: Config, now: Date = new Date()): Promise<Started> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, "pglite"),
  });
  const blobs = new LocalBlobStore(path.join(config.dataDir, "blobs"));
  await migrateToLatest(handle.db);
  const db = handle.db;
  // Records written outside the commit step (by a migration, a restore) are indexed now.
  await refreshWholeSearchIndex(db);
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
      {
        username: "admin",
        displayName: "Administrator",
        role: "administrator" as UserRole,
        email: null,
      },
      ...(seeded ? DEMO_ACCOUNTS : []),
    ];
    for (const account of accounts) {
      const outcome = await commit({ db }, async (tx) =>
        succeeded(
          await createUserAccount({
            actor: STARTUP_ACTOR,
            input: { ...account, personId: null, mayApproveCases: false },
            tx,
          }),
        ),
      );
      if (!outcome.ok) throw new Error(refusalLines(outcome.errors).join(" "));
      const { username, password } = outcome.value;
      createdAccounts.push({ username, password, role: account.role });
    }
  }
  return { handle, blobs, createdAccounts, seeded };
}
