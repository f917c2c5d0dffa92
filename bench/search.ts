import { openDatabase } from "../src/db/database.ts";
import { parseSearchQuery } from "../src/domain/search-query.ts";
import {
  type SearchFilters,
  type SearchScope,
  type SearchSort,
  searchEntries,
} from "../src/features/search/search-entries.ts";

/**
 * The search step: the searches a citizen or a journalist makes, run in the bench's own
 * process against the large municipality, each as the page runs it (the capped count and the
 * page of hits with their headlines). Times are per search, from the call to its result.
 */

interface BenchQuery {
  /** What kind of search it is, for the report. */
  kind: string;
  text: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  /** The workspace's index, searched by the secretariat; the portal's otherwise. */
  internal?: boolean;
}

const QUERIES: readonly BenchQuery[] = [
  { kind: "one word", text: "barnehage" },
  { kind: "one word", text: "reguleringsplan" },
  { kind: "two words", text: "skole kapasitet" },
  { kind: "two words", text: "budsjettjustering elveparken" },
  { kind: "phrase", text: '"vedlagte saksutredning"' },
  { kind: "phrase", text: '"nytt sykehjem"' },
  { kind: "rare word", text: "flomvoll" },
  { kind: "rare word", text: "urnelund" },
  { kind: "common word", text: "kommunen" },
  { kind: "common word", text: "kommunedirektøren" },
  { kind: "exclusion", text: "skole -barnehage" },
  { kind: "filters", text: "barnehage", filters: { kind: "case", year: 2024 } },
  { kind: "filters", text: "skole", filters: { decided: true, hasDocuments: true } },
  { kind: "filters", text: "reguleringsplan", filters: { caseType: "PS", year: 2020 } },
  { kind: "date order", text: "barnehage", sort: "date" },
  { kind: "second page", text: "sykehjem" },
  { kind: "workspace", text: "personalsak", internal: true },
];

export interface SearchBenchResult {
  rows: { cases: number; publicEntries: number; internalEntries: number };
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /**
   * This process's CPU time per search, the mean over the recorded rounds: on PGlite the
   * database's work too, on a PostgreSQL server only the client's.
   */
  cpuMsPerSearch: number;
  /** Per kind, with the median of this process's CPU time per search (see cpuMsPerSearch). */
  byKind: Array<{ kind: string; p50Ms: number; p95Ms: number; cpuP50Ms: number; hits: number }>;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number((sorted[Math.max(0, index)] ?? 0).toFixed(2));
}

export async function measureSearch(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  rounds: number;
  log: (message: string) => void;
}): Promise<SearchBenchResult> {
  const handle = await openDatabase(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir },
  );
  try {
    const { db } = handle;
    const count = async (table: "case" | "search_public" | "search_internal") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const rows = {
      cases: await count("case"),
      publicEntries: await count("search_public"),
      internalEntries: await count("search_internal"),
    };
    const staff = await db
      .selectFrom("app_user")
      .select(["id", "may_approve_cases"])
      .where("role", "in", ["administrator", "secretariat"])
      .executeTakeFirst();
    const scopeOf = (query: BenchQuery): SearchScope =>
      query.internal
        ? {
            audience: "internal",
            user: {
              id: staff?.id ?? 0,
              role: "secretariat",
              seats: { bodies: [], chairs: [] },
              mayApproveCases: staff?.may_approve_cases ?? false,
            },
          }
        : { audience: "public" };
    const run = async (query: BenchQuery) => {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = await searchEntries(db, {
        parsed: parseSearchQuery(query.text),
        filters: query.filters ?? {},
        sort: query.sort ?? "relevance",
        page: query.kind === "second page" ? 2 : 1,
        scope: scopeOf(query),
      });
      const cpu = process.cpuUsage(cpuStarted);
      return {
        ms: performance.now() - started,
        cpuMs: (cpu.user + cpu.system) / 1000,
        hits: result.total,
      };
    };
    options.log(
      `Searching ${rows.publicEntries} public and ${rows.internalEntries} workspace entries.`,
    );
    // One unrecorded round warms the caches, as a running server's are.
    for (const query of QUERIES) await run(query);
    const all: number[] = [];
    const perKind = new Map<string, { times: number[]; cpuTimes: number[]; hits: number }>();
    const cpuBefore = process.cpuUsage();
    for (let round = 0; round < options.rounds; round++)
      for (const query of QUERIES) {
        const { ms, cpuMs, hits } = await run(query);
        all.push(ms);
        const entry = perKind.get(query.kind) ?? { times: [], cpuTimes: [], hits: 0 };
        entry.times.push(ms);
        entry.cpuTimes.push(cpuMs);
        entry.hits = Math.max(entry.hits, hits);
        perKind.set(query.kind, entry);
      }
    const cpu = process.cpuUsage(cpuBefore);
    all.sort((a, b) => a - b);
    return {
      rows,
      runs: all.length,
      p50Ms: percentile(all, 50),
      p95Ms: percentile(all, 95),
      maxMs: percentile(all, 100),
      cpuMsPerSearch: Number(((cpu.user + cpu.system) / 1000 / all.length).toFixed(2)),
      byKind: [...perKind].map(([kind, entry]) => {
        const sorted = [...entry.times].sort((a, b) => a - b);
        return {
          kind,
          p50Ms: percentile(sorted, 50),
          p95Ms: percentile(sorted, 95),
          cpuP50Ms: percentile(
            [...entry.cpuTimes].sort((a, b) => a - b),
            50,
          ),
          hits: entry.hits,
        };
      }),
    };
  } finally {
    await handle.close();
  }
}
