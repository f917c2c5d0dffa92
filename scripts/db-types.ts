/**
 * Writes src/db/generated.ts, the Kysely table types, from a freshly migrated database:
 * `npm run db:types` after adding or changing a migration. test/db-types.test.ts fails while
 * the committed file is behind the migrations.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { type DatabaseMetadata, generate, PostgresDialect } from "kysely-codegen";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";

export const GENERATED_FILE = fileURLToPath(new URL("../src/db/generated.ts", import.meta.url));

const HEADER = `/**
 * Kysely table types, generated from the migrated database by \`npm run db:types\`
 * (kysely-codegen, configured in scripts/db-types.ts). Do not edit: change the migrations and
 * run the script again. Named row types and aliases live in schema.ts.
 */

`;

/**
 * What the catalog cannot tell: PostgreSQL reports every column of a view as nullable, since
 * it does not follow expressions back to their tables. These columns are never null by the
 * views' definitions in the migrations (a view column not listed stays nullable).
 */
const VIEW_COLUMNS_NEVER_NULL: Record<string, string[]> = {
  public_minutes_version: ["id", "meeting_id", "version", "kind", "public_content", "published_at"],
  // The views of the treatment the public may follow pass their tables' columns through.
  public_treated_item: ["id", "meeting_id"],
  public_proposal: [
    "id",
    "agenda_item_id",
    "number",
    "kind",
    "text",
    "made_by_name",
    "in_party_name",
    "created_at",
  ],
  public_proposal_party: ["proposal_id", "party_id"],
  public_vote: [
    "id",
    "agenda_item_id",
    "number",
    "kind",
    "proposal_id",
    "present_and_voting",
    "votes_for",
    "votes_against",
    "decided_by_chair",
    "basis",
    "summary",
    "recorded_at",
  ],
  public_vote_party_count: ["vote_id", "position", "party_name", "votes_for", "votes_against"],
  public_election: ["id", "agenda_item_id", "title", "created_at"],
  public_election_candidate: ["id", "election_id", "position", "name", "proposed_by"],
  public_election_round: [
    "id",
    "election_id",
    "round",
    "blank",
    "status",
    "by_lot",
    "basis",
    "summary",
    "recorded_at",
  ],
  public_election_count: ["round_id", "candidate_id", "votes"],
  public_speaker_entry: ["id", "agenda_item_id", "kind", "person_id", "requested_at"],
  public_agenda_item: ["id", "meeting_id", "position", "is_closed", "kind", "presenter", "text"],
  public_agenda_item_letter: [
    "id",
    "agenda_item_id",
    "position",
    "direction",
    "letter_date",
    "journal_reference",
    "access",
  ],
  public_case_route_step: ["id", "case_id", "position", "body_id"],
  public_case: [
    "id",
    "archive_case_number",
    "case_type",
    "access",
    "created_at",
    "updated_at",
    "status",
    // The check on "case" makes public_title present whenever the case is exempt.
    "title",
    "summary",
    "facts",
    "assessment",
    "recommendation",
    "case_officer",
    "responsible_unit",
  ],
  // The view's filter makes sha256 present for the redacted versions it lets through, and the
  // check on document makes public_title present for them.
  public_document: [
    "id",
    "sha256",
    "file_name",
    "title",
    "kind",
    "created_at",
    "access",
    "redacted",
  ],
};

/**
 * The jsonb columns that hold an object (`not null default '{}'`): written as JSON text, read
 * back parsed. The database does not constrain a jsonb column's shape, so a jsonb column not
 * listed here is typed as any JSON value.
 */
const JSON_OBJECT_COLUMNS: Record<string, string[]> = {
  audit_log: ["details"],
  body: ["settings"],
  minutes_version: ["content", "public_content"],
  municipality: ["settings"],
};
const JSON_OBJECT_TYPE = "Generated<ColumnType<JsonObject, string, string>>";

function findColumn(metadata: DatabaseMetadata, tableName: string, columnName: string) {
  const column = metadata.tables
    .find((table) => table.name === tableName)
    ?.columns.find((candidate) => candidate.name === columnName);
  if (!column)
    throw new Error(`scripts/db-types.ts lists ${tableName}.${columnName}, which does not exist`);
  return column;
}

function applyWhatTheCatalogCannotTell(metadata: DatabaseMetadata): DatabaseMetadata {
  for (const [viewName, columnNames] of Object.entries(VIEW_COLUMNS_NEVER_NULL))
    for (const columnName of columnNames)
      findColumn(metadata, viewName, columnName).isNullable = false;
  for (const [tableName, columnNames] of Object.entries(JSON_OBJECT_COLUMNS))
    for (const columnName of columnNames) {
      const column = findColumn(metadata, tableName, columnName);
      if (column.dataType !== "jsonb" || column.isNullable || !column.hasDefaultValue)
        throw new Error(
          `scripts/db-types.ts types ${tableName}.${columnName} as ${JSON_OBJECT_TYPE}, ` +
            "which fits only a jsonb column that is not null and has a default",
        );
    }
  return metadata;
}

/** Biome formats the output like the rest of the code, so `npm run check` passes on it. */
function formatWithBiome(source: string): string {
  const biome = fileURLToPath(new URL("../node_modules/@biomejs/biome/bin/biome", import.meta.url));
  const result = spawnSync(
    process.execPath,
    [biome, "format", `--stdin-file-path=${GENERATED_FILE}`],
    { input: source, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

/** The contents of src/db/generated.ts for the schema of this (migrated) database. */
export async function generateDatabaseTypes(db: Database): Promise<string> {
  const source = await generate({
    db,
    // `date` columns are read as "YYYY-MM-DD" strings and bigint as numbers (see database.ts).
    dialect: new PostgresDialect({ dateParser: "string" }),
    defaultSchemas: ["public"],
    typeMapping: { int8: "number" },
    overrides: {
      columns: Object.fromEntries(
        Object.entries(JSON_OBJECT_COLUMNS).flatMap(([tableName, columnNames]) =>
          columnNames.map((columnName) => [`${tableName}.${columnName}`, JSON_OBJECT_TYPE]),
        ),
      ),
    },
    postprocess: async ({ metadata }) => applyWhatTheCatalogCannotTell(metadata),
    skipAutogeneratedFileComment: true,
    outFile: null,
  });
  return formatWithBiome(HEADER + source);
}

if (import.meta.main) {
  const handle = await openDatabase({});
  try {
    await migrateToLatest(handle.db);
    fs.writeFileSync(GENERATED_FILE, await generateDatabaseTypes(handle.db));
    console.log(`Wrote ${GENERATED_FILE}`);
  } finally {
    await handle.close();
  }
}
