import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import type { Database } from "./database.ts";
import * as core from "./migrations/0001_core.ts";
import * as changeEvents from "./migrations/0002_change_events.ts";
import * as jobs from "./migrations/0003_jobs.ts";
import * as passwordChange from "./migrations/0004_password_change.ts";
import * as recordPolicies from "./migrations/0005_record_policies.ts";
import * as caseFlow from "./migrations/0006_case_flow.ts";
import * as agendaEntries from "./migrations/0007_agenda_entries.ts";
import * as routeSteps from "./migrations/0008_route_steps.ts";
import * as publication from "./migrations/0009_publication.ts";
import * as attendance from "./migrations/0011_attendance.ts";
import * as votes from "./migrations/0012_votes.ts";
import * as search from "./migrations/0013_search.ts";
import * as alerts from "./migrations/0014_alerts.ts";
import * as minutes from "./migrations/0015_minutes.ts";
import * as searchSpeed from "./migrations/0016_search_speed.ts";
import * as searchNarrowing from "./migrations/0017_search_narrowing.ts";

/** Migrations in order; a landed migration is never edited, a change is a new file. */
const migrations: Record<string, Migration> = {
  "0001_core": core,
  "0002_change_events": changeEvents,
  "0003_jobs": jobs,
  "0004_password_change": passwordChange,
  "0005_record_policies": recordPolicies,
  "0006_case_flow": caseFlow,
  "0007_agenda_entries": agendaEntries,
  "0008_route_steps": routeSteps,
  "0009_publication": publication,
  "0011_attendance": attendance,
  "0012_votes": votes,
  "0013_search": search,
  "0014_alerts": alerts,
  "0015_minutes": minutes,
  "0016_search_speed": searchSpeed,
  "0017_search_narrowing": searchNarrowing,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Database): Promise<string[]> {
  // Kysely's migration table names are fixed; our schema is typed without them.
  const migrator = new Migrator({ db: db as never, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
