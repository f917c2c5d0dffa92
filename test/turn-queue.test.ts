import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.ts";
import { TurnQueue } from "../src/db/turn-queue.ts";

const nextLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("turns at the one PGlite connection", () => {
  it("are given in the order they were asked for, one at a time", async () => {
    const turns = new TurnQueue();
    const order: number[] = [];
    let holding = 0;
    let mostAtOnce = 0;
    await Promise.all(
      [1, 2, 3, 4, 5].map(async (caller) => {
        await turns.take();
        holding++;
        mostAtOnce = Math.max(mostAtOnce, holding);
        order.push(caller);
        await nextLoop();
        holding--;
        turns.give();
      }),
    );
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(mostAtOnce).toBe(1);
  });

  it("cannot be taken out of order while one is being handed over", async () => {
    const turns = new TurnQueue();
    const order: string[] = [];
    await turns.take();
    const waiting = turns.take().then(() => order.push("waiting"));
    turns.give();
    const newcomer = turns.take().then(() => order.push("newcomer"));
    await waiting;
    turns.give();
    await newcomer;
    turns.give();
    expect(order).toEqual(["waiting", "newcomer"]);
  });

  it("let the event loop go round before the next turn starts", async () => {
    const turns = new TurnQueue();
    const order: string[] = [];
    await turns.take();
    const next = turns.take().then(() => order.push("next turn"));
    setImmediate(() => order.push("event loop"));
    turns.give();
    await next;
    turns.give();
    expect(order).toEqual(["event loop", "next turn"]);
  });

  it("is free at once when nobody waits", async () => {
    const turns = new TurnQueue();
    await turns.take();
    turns.give();
    let taken = false;
    const take = turns.take().then(() => {
      taken = true;
    });
    await Promise.resolve();
    expect(taken).toBe(true);
    await take;
  });
});

describe("queries on PGlite under load", () => {
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    handle = await openDatabase({});
  });
  afterAll(async () => {
    await handle.close();
  });

  it("finish in the order they were sent", async () => {
    const finished: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        sql`select ${index}::int as n`.execute(handle.db).then(() => finished.push(index)),
      ),
    );
    expect(finished).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("leave the event loop free between two queries, so new requests are read", async () => {
    // PGlite runs a query synchronously behind promises: without a break between queries,
    // a callback queued now would wait for the whole line.
    let done = 0;
    let doneWhenLoopRan = -1;
    const queries = Array.from({ length: 20 }, () =>
      sql`select 1`.execute(handle.db).then(() => {
        done++;
      }),
    );
    setImmediate(() => {
      doneWhenLoopRan = done;
    });
    await Promise.all(queries);
    expect(doneWhenLoopRan).toBeGreaterThanOrEqual(0);
    expect(doneWhenLoopRan).toBeLessThan(5);
  });

  it("keep a transaction's statements together: a query sent meanwhile waits for its end", async () => {
    await sql`create table tally (n int)`.execute(handle.db);
    let outside: Promise<number> | null = null;
    await handle.db.transaction().execute(async (tx) => {
      await sql`insert into tally values (1)`.execute(tx);
      outside = sql<{ n: number }>`select count(*)::int as n from tally`
        .execute(handle.db)
        .then((result) => result.rows[0]?.n ?? -1);
      await nextLoop();
      await sql`insert into tally values (2)`.execute(tx);
    });
    expect(await outside).toBe(2);
  });
});
