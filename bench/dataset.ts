import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { sql } from "kysely";
import { LocalBlobStore } from "../src/blobs/blob-store.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { generateLarge } from "../src/demo/generate-large.ts";
import { osloDay } from "../src/domain/time.ts";

/** The bench's own data folder, laid out like the app's: pglite/ and blobs/. */
export const DATA_DIR = path.join(import.meta.dirname, ".data");
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const BLOBS_DIR = path.join(DATA_DIR, "blobs");
/** Written last, so an interrupted build is never mistaken for a finished one. */
const MARKER_FILE = path.join(DATA_DIR, "dataset.json");
const MIGRATIONS_DIR = path.join(import.meta.dirname, "..", "src", "db", "migrations");

/** The day the generated municipality treats as today; fixed so every build holds the same data. */
const BENCH_NOW = "2026-11-26T12:00:00.000Z";

export interface GeneratorOptions {
  bodies?: number | undefined;
  years?: number | undefined;
  casesPerYear?: number | undefined;
}

export interface Counts {
  bodies: number;
  meetings: number;
  cases: number;
  agendaItems: number;
  documents: number;
}

/** What a PGlite build was made from, and what came out of it. */
interface Marker {
  migrations: string[];
  generator: GeneratorOptions & { now: string };
  counts: Counts;
  builtAt: string;
  generationSeconds: number;
}

export interface BenchPage {
  name: "meeting" | "body" | "feed";
  path: string;
  /** What the page shows, for the report. */
  description: string;
}

export interface Dataset {
  engine: "pglite" | "postgres";
  /** Whether this run generated the data (otherwise an earlier build was reused). */
  builtNow: boolean;
  /** Null when an existing PostgreSQL database was used: its generation was not timed here. */
  generationSeconds: number | null;
  generator: (GeneratorOptions & { now: string }) | null;
  counts: Counts;
  pages: BenchPage[];
}

export interface PrepareOptions {
  databaseUrl: string | undefined;
  rebuild: boolean;
  generator: GeneratorOptions;
  log: (message: string) => void;
}

/**
 * Makes sure the large municipality exists and picks the pages to measure. With PGlite the
 * data folder is reused while the migrations and generator options are those it was built
 * with; on a PostgreSQL server the municipality is generated only into an empty database.
 */
export async function prepareDataset(options: PrepareOptions): Promise<Dataset> {
  return options.databaseUrl
    ? preparePostgres({ ...options, databaseUrl: options.databaseUrl })
    : preparePglite(options);
}

async function preparePglite({ rebuild, generator, log }: PrepareOptions): Promise<Dataset> {
  const wanted = {
    migrations: migrationNames(),
    generator: {
      bodies: generator.bodies,
      years: generator.years,
      casesPerYear: generator.casesPerYear,
      now: BENCH_NOW,
    },
  };
  const marker = readMarker();
  const reusable =
    marker !== null &&
    fs.existsSync(PGLITE_DIR) &&
    JSON.stringify(marker.migrations) === JSON.stringify(wanted.migrations) &&
    JSON.stringify(marker.generator) === JSON.stringify(wanted.generator);
  if (reusable && !rebuild) {
    log(`Reusing the large municipality in ${path.relative(process.cwd(), PGLITE_DIR)}.`);
    const handle = await openDatabase({ dataDir: PGLITE_DIR });
    try {
      return {
        engine: "pglite",
        builtNow: false,
        generationSeconds: marker.generationSeconds,
        generator: marker.generator,
        counts: marker.counts,
        pages: await pickPages(handle.db),
      };
    } finally {
      await handle.close();
    }
  }
  if (marker && !rebuild) log("The migrations or generator options changed since the last build.");
  await fsp.rm(MARKER_FILE, { force: true });
  await fsp.rm(PGLITE_DIR, { recursive: true, force: true });
  await fsp.rm(BLOBS_DIR, { recursive: true, force: true });
  log(`Building the large municipality in ${path.relative(process.cwd(), PGLITE_DIR)}.`);
  const handle = await openDatabase({ dataDir: PGLITE_DIR });
  try {
    await migrateToLatest(handle.db);
    const generationSeconds = await generate(handle.db, generator, log);
    const counts = await countRows(handle.db);
    const built: Marker = {
      ...wanted,
      counts,
      builtAt: new Date().toISOString(),
      generationSeconds,
    };
    const pages = await pickPages(handle.db);
    await fsp.writeFile(MARKER_FILE, `${JSON.stringify(built, null, 2)}\n`);
    return {
      engine: "pglite",
      builtNow: true,
      generationSeconds,
      generator: wanted.generator,
      counts,
      pages,
    };
  } finally {
    await handle.close();
  }
}

async function preparePostgres(
  options: PrepareOptions & { databaseUrl: string },
): Promise<Dataset> {
  if (options.rebuild)
    throw new Error(
      "--rebuild never drops data on a PostgreSQL server: point DATABASE_URL at an empty database instead.",
    );
  const handle = await openDatabase({ databaseUrl: options.databaseUrl });
  try {
    await migrateToLatest(handle.db);
    const existing = await handle.db.selectFrom("municipality").select("id").executeTakeFirst();
    let generationSeconds: number | null = null;
    if (existing) {
      options.log("Using the municipality already in the PostgreSQL database (DATABASE_URL).");
    } else {
      options.log("Generating the large municipality into the empty PostgreSQL database.");
      generationSeconds = await generate(handle.db, options.generator, options.log);
    }
    return {
      engine: "postgres",
      builtNow: !existing,
      generationSeconds,
      generator: existing ? null : { ...options.generator, now: BENCH_NOW },
      counts: await countRows(handle.db),
      pages: await pickPages(handle.db),
    };
  } finally {
    await handle.close();
  }
}

/** Generates the municipality and returns the seconds it took, planner statistics included. */
async function generate(
  db: Database,
  generator: GeneratorOptions,
  log: (message: string) => void,
): Promise<number> {
  const started = performance.now();
  const { blobs } = await generateLarge(db, {
    ...(generator.bodies === undefined ? {} : { bodies: generator.bodies }),
    ...(generator.years === undefined ? {} : { years: generator.years }),
    ...(generator.casesPerYear === undefined ? {} : { casesPerYear: generator.casesPerYear }),
    now: new Date(BENCH_NOW),
    onProgress: log,
  });
  const store = new LocalBlobStore(BLOBS_DIR);
  for (const blob of blobs) await store.put(blob.bytes);
  // PGlite runs no autovacuum: without statistics the planner would guess on the fresh tables.
  await sql`vacuum analyze`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  log(`Generated in ${seconds.toFixed(1)} s.`);
  return seconds;
}

function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+_.+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ""))
    .sort();
}

function readMarker(): Marker | null {
  try {
    return JSON.parse(fs.readFileSync(MARKER_FILE, "utf8")) as Marker;
  } catch {
    return null;
  }
}

async function countRows(db: Database): Promise<Counts> {
  const { rows } = await sql<Counts>`
    select
      (select count(*) from body)::int as "bodies",
      (select count(*) from meeting)::int as "meetings",
      (select count(*) from "case")::int as "cases",
      (select count(*) from agenda_item)::int as "agendaItems",
      (select count(*) from document)::int as "documents"
  `.execute(db);
  const counts = rows[0];
  if (!counts) throw new Error("Counting rows returned nothing");
  return counts;
}

/**
 * The council's body page, and the page of a held meeting with an ordinary agenda: the one
 * with the number of items nearest 15, the latest among equals.
 */
async function pickPages(db: Database): Promise<BenchPage[]> {
  const council = await db
    .selectFrom("body")
    .select(["slug", "name"])
    .where("kind", "=", "council")
    .orderBy("sort_order")
    .orderBy("id")
    .executeTakeFirst();
  const meeting = await db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .innerJoin("agenda_item as a", "a.meeting_id", "m.id")
    .select((eb) => ["m.id", "m.starts_at", "b.name", eb.fn.countAll<number>().as("items")])
    .where("m.status", "in", ["held", "minutes_approved"])
    .groupBy(["m.id", "m.starts_at", "b.name"])
    .orderBy(sql`abs(count(*) - 15)`)
    .orderBy("m.starts_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!council) throw new Error("The generated municipality has no council (kind 'council').");
  if (!meeting)
    throw new Error("The generated municipality has no held meeting with agenda items.");
  return [
    {
      name: "meeting",
      path: `/moter/${meeting.id}`,
      description: `${meeting.name}, ${osloDay(meeting.starts_at)}, ${meeting.items} agenda items`,
    },
    {
      name: "body",
      path: `/utvalg/${encodeURIComponent(council.slug)}`,
      description: council.name,
    },
  ];
}
