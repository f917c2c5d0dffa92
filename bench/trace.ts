/**
 * Where a rendered request's time goes, measured inside the app process: waiting for the
 * database connection, the database executing, and everything else (handler code, rendering,
 * and continuations waiting for the event loop). Loaded by serve-app.ts when BENCH_TRACE=1;
 * the bench asks for the summary over IPC after each measurement.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { PGlite } from "@electric-sql/pglite";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { KyselyPlugin, QueryId } from "kysely";
import { type Spread, spread } from "./spread.ts";

interface RequestTrace {
  startedAt: number;
  /** Milliseconds the database spent executing this request's queries. */
  execMs: number;
  /** Intervals from asking for a query to having its rows, merged on the way. */
  spans: Array<[number, number]>;
  queries: number;
}

/** Per-request figures in milliseconds over the requests finished since the last reset. */
export interface TraceSummary {
  requests: number;
  queriesPerRequest: number;
  total: Spread;
  /**
   * Time with a query asked for but not yet executing (the connection was busy). On a
   * PostgreSQL server the execution is not timed apart, so this is all the time in the
   * database, the pool's wait included.
   */
  dbWait: Spread;
  /** The database executing this request's queries; measured on PGlite only. */
  dbExec: Spread;
  execMeasured: boolean;
  /** Total minus the time with a query outstanding: handler, render, event-loop delays. */
  other: Spread;
  /** How late a 10 ms timer fired: the event loop's longest busy stretches. */
  eventLoopDelay: Spread;
  /**
   * The app process's CPU time (user and system) per finished request: unlike requests per
   * second, it does not change when other work on the machine takes the cores away.
   */
  cpuMsPerRequest: number;
  /** The slowest 1 % of requests, averaged: where their time went. */
  slowest: { total: number; dbWait: number; dbExec: number; other: number };
}

const round = (value: number) => Number(value.toFixed(2));

/** The length of the union of the intervals. */
function covered(spans: Array<[number, number]>): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

export interface Tracer {
  /** Add to the Kysely instance the app uses (`db.withPlugin`). */
  plugin: KyselyPlugin;
  /** Hooks that time each request; before the app listens. */
  install(app: FastifyInstance): void;
  summary(): TraceSummary;
  reset(): void;
}

export function createTracer(pglite: PGlite | undefined): Tracer {
  const current = new AsyncLocalStorage<RequestTrace>();
  const asked = new WeakMap<QueryId, number>();
  let finished: Array<{
    total: number;
    wait: number;
    exec: number;
    other: number;
    queries: number;
  }> = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let cpuAtReset = process.cpuUsage();

  const traces = new WeakMap<FastifyRequest, RequestTrace>();
  const install = (app: FastifyInstance) => {
    app.addHook("onRequest", (request, _reply, done) => {
      const trace: RequestTrace = {
        startedAt: performance.now(),
        execMs: 0,
        spans: [],
        queries: 0,
      };
      traces.set(request, trace);
      // Run the rest of the request inside the store, so each query finds its request.
      current.run(trace, done);
    });
    // Measured up to the moment the response is handed to the socket.
    app.addHook("onSend", (request, _reply, payload, done) => {
      const trace = traces.get(request);
      if (trace) {
        const total = performance.now() - trace.startedAt;
        const inDb = covered(trace.spans);
        finished.push({
          total,
          wait: Math.max(0, inDb - trace.execMs),
          exec: trace.execMs,
          other: total - inDb,
          queries: trace.queries,
        });
      }
      done(null, payload);
    });
  };

  if (pglite) {
    // Kysely's PGlite connection calls `query` on the instance for every statement.
    const query = pglite.query.bind(pglite);
    pglite.query = (async (...args: Parameters<typeof query>) => {
      const started = performance.now();
      try {
        return await query(...args);
      } finally {
        const trace = current.getStore();
        if (trace) trace.execMs += performance.now() - started;
      }
    }) as typeof pglite.query;
  }

  const plugin: KyselyPlugin = {
    transformQuery(args) {
      asked.set(args.queryId, performance.now());
      return args.node;
    },
    async transformResult(args) {
      const trace = current.getStore();
      const from = asked.get(args.queryId);
      if (trace && from !== undefined) {
        trace.spans.push([from, performance.now()]);
        trace.queries++;
      }
      return args.result;
    },
  };

  return {
    plugin,
    install,
    reset() {
      finished = [];
      loop.reset();
      cpuAtReset = process.cpuUsage();
    },
    summary() {
      const bySlowest = [...finished].sort((a, b) => b.total - a.total);
      const slowest = bySlowest.slice(0, Math.max(1, Math.floor(finished.length / 100)));
      const mean = (pick: (row: (typeof finished)[number]) => number) =>
        round(slowest.reduce((sum, row) => sum + pick(row), 0) / Math.max(1, slowest.length));
      const ms = (nanoseconds: number) => nanoseconds / 1e6;
      const cpu = process.cpuUsage(cpuAtReset);
      return {
        requests: finished.length,
        queriesPerRequest: round(
          finished.reduce((sum, row) => sum + row.queries, 0) / Math.max(1, finished.length),
        ),
        total: spread(finished.map((row) => row.total)),
        dbWait: spread(finished.map((row) => row.wait)),
        dbExec: spread(finished.map((row) => row.exec)),
        execMeasured: pglite !== undefined,
        other: spread(finished.map((row) => row.other)),
        eventLoopDelay: {
          p50: round(ms(loop.percentile(50))),
          p90: round(ms(loop.percentile(90))),
          p99: round(ms(loop.percentile(99))),
          max: round(ms(loop.max)),
        },
        cpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / Math.max(1, finished.length)),
        slowest: {
          total: mean((row) => row.total),
          dbWait: mean((row) => row.wait),
          dbExec: mean((row) => row.exec),
          other: mean((row) => row.other),
        },
      };
    },
  };
}
