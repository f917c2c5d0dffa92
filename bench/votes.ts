import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createSession } from "../src/auth/session.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { addProposal } from "../src/features/console/add-proposal.ts";
import { buildSeatedMeeting } from "../test/factories/console.ts";
import { inConsole, sitMeeting } from "../test/factories/treatment.ts";
import { createUser } from "../test/helpers/accounts.ts";
import { startApp } from "./app-process.ts";
import { Editor } from "./editor.ts";
import { formFields } from "./form-fields.ts";
import { stopProcess } from "./processes.ts";
import { type Spread, spread } from "./spread.ts";

export interface VotesSettings {
  viewers: number;
  votes: number;
  /** Milliseconds between two votes (and between two renames of the reference). */
  gapMs: number;
}

export interface VotesResult extends VotesSettings {
  /** Streams that opened; each viewer should come to hold every new page. */
  open: number;
  failures: number;
  fetchFailures: number;
  /** Measured votes the console answered as recorded (303), the warm-up left out. */
  recorded: number;
  /** Votes whose new page every open viewer came to hold. */
  heldByAll: number;
  /** From the secretary's click (the POST sent) to the last viewer holding the new live page. */
  clickToLastPage: Spread;
  /** Of that: from the click to the vote's commit (the console's request)... */
  clickToCommit: Spread;
  /** ...and from the commit to the last viewer holding the new page. */
  commitToLastPage: Spread;
  /** From the vote's commit to the last viewer hearing its change event. */
  commitToLastEvent: Spread;
  /** The reference in the same run: a body renamed, from its commit to the last viewer hearing it. */
  reference: { renames: number; commitToLastEvent: Spread };
  /**
   * Anonymous page requests the app answered while the votes were recorded (the viewers' fetches
   * and the bench's own look after each vote), and how many of them it rendered instead of
   * answering from its page cache.
   */
  pageRequests: { answered: number; rendered: number };
  /** CPU time of the bench's own process (the secretary's requests), for the record. */
  benchCpuMs: number;
}

interface ViewersReport {
  fetchFailures: number;
  events: Array<{ id: number; heard: number; lastHeardAt: number }>;
  pages: Array<{ shown: number; viewers: number; lastAt: number }>;
}

function ask<T>(child: ReturnType<typeof fork>, key: string, request?: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message[key] as T);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The viewers' process exited (${code}) before it answered`));
    child.on("message", onMessage);
    child.once("exit", onExit);
    if (request) child.send(request);
  });
}

const now = (): number => performance.timeOrigin + performance.now();

/** What the live page shows once per vote: the caption of its table of votes per party. */
const RESULT_MARKER = "Stemmer per parti,";

const shownOn = (html: string): number => html.split(RESULT_MARKER).length - 1;

/**
 * A meeting sitting in the console in a fresh database of its own: a five-seat body, everyone
 * present, the first item's treatment started and one addition proposal per vote to come, and a
 * secretary signed in. Returns what the step needs once the app runs over the folder.
 */
async function prepareMeeting(folder: string, votes: number) {
  const handle = await openDatabase({ dataDir: path.join(folder, "pglite") });
  try {
    const db = handle.db;
    await migrateToLatest(db);
    await db
      .insertInto("municipality")
      .values({ name: "Eksempel kommune", short_name: "Eksempel", settings: "{}" })
      .execute();
    const seated = await buildSeatedMeeting(db);
    const { itemId } = await sitMeeting(db, seated);
    const maker = seated.a.members[0] ?? 0;
    const proposals: number[] = [];
    for (let n = 1; n <= votes; n++) {
      const outcome = await inConsole(db, seated.meeting.id, (args) =>
        addProposal({
          ...args,
          itemId,
          kind: "addition",
          text: `Kommunestyret ber om en orientering om oppfølgingen, punkt ${n}.`,
          madeByPersonId: maker,
          partyIds: [],
          amends: "recommendation",
          referredTo: null,
        }),
      );
      if (!outcome.ok)
        throw new Error(`Could not add a proposal: ${JSON.stringify(outcome.errors)}`);
      proposals.push(outcome.value.proposalId);
    }
    const userId = await createUser(db, {
      username: "bench-sekretar",
      displayName: "Benchmark-sekretær",
      role: "secretariat",
      password: `${crypto.randomUUID()}-${crypto.randomUUID()}`,
      mustChangePassword: false,
    });
    const { token } = await createSession(db, userId);
    return {
      cookie: `fs_session=${token}`,
      meetingId: seated.meeting.id,
      bodyId: seated.bodyId,
      itemId,
      proposals,
    };
  } finally {
    await handle.close();
  }
}

/**
 * Votes recorded in the console to the viewers of the live page, on one node: `viewers` live
 * pages (bench/live-viewers.ts, a process of their own) on a meeting in treatment, then `votes`
 * votes posted through the console's form as the secretary's browser does, `gapMs` apart. For
 * each vote: from the click to the last viewer holding the new page (the page as it stands when
 * the next vote is due), and from the commit to the last viewer hearing the event. The
 * reference, in the same run against the same viewers: the body renamed as in the `sse` step,
 * commit to the last viewer hearing it.
 */
export async function measureVotes(options: {
  settings: VotesSettings;
  log: (message: string) => void;
}): Promise<VotesResult> {
  const { settings, log } = options;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-bench-votes-"));
  const cpuBefore = process.cpuUsage();
  try {
    // One vote more than measured: the first, unrecorded, warms the console's and the page's code.
    const meeting = await prepareMeeting(folder, settings.votes + 1);
    const app = await startApp(folder, { pageCache: true });
    try {
      const viewers = fork(
        path.join(import.meta.dirname, "live-viewers.ts"),
        [app.baseUrl, String(meeting.meetingId), String(settings.viewers), RESULT_MARKER],
        { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
      );
      try {
        const ready = await ask<{ open: number; failures: number }>(viewers, "ready");
        log(
          `  ${ready.open} live pages open on meeting ${meeting.meetingId} (${ready.failures} failed).`,
        );
        const item = `/admin/moter/${meeting.meetingId}/konsoll/saker/${meeting.itemId}`;
        const action = `${item}/voteringer`;
        const headers = { cookie: meeting.cookie };
        await app.changes();
        await app.served();
        const votes: Array<{
          clickAt: number;
          answeredAt: number;
          shown: number;
          commitAt: number | null;
          eventIds: number[];
        }> = [];
        let recorded = 0;
        for (const proposalId of meeting.proposals) {
          const form = await fetch(`${app.baseUrl}${item}`, { headers, redirect: "manual" });
          if (form.status !== 200)
            throw new Error(`The console's item page answered ${form.status}`);
          const fields = {
            ...formFields(await form.text(), action),
            voteringForslag: String(proposalId),
            enstemmig: "ja",
          };
          const clickAt = now();
          const response = await fetch(`${app.baseUrl}${action}`, {
            method: "POST",
            headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams(fields),
            redirect: "manual",
          });
          await response.arrayBuffer();
          const answeredAt = now();
          if (response.status !== 303) log(`  A vote was answered ${response.status}.`);
          else if (votes.length > 0) recorded++;
          await sleep(settings.gapMs);
          // The results the page shows once the vote has settled: what every viewer should hold.
          const page = await fetch(`${app.baseUrl}/moter/${meeting.meetingId}/direkte`);
          const shown = shownOn(await page.text());
          const heard = (await app.changes()).filter((change) => change.public);
          votes.push({
            clickAt,
            answeredAt,
            shown,
            commitAt: heard[0]?.at ?? null,
            eventIds: heard.map((change) => change.id),
          });
        }

        const served = await app.served();
        const editor = await Editor.open(
          app.baseUrl,
          { cookie: meeting.cookie, draftCaseId: 0, bodyId: meeting.bodyId },
          "public",
        );
        await app.changes();
        for (let round = 1; round <= settings.votes + 1; round++) {
          await editor.save(` (${round})`);
          await sleep(settings.gapMs);
        }
        await sleep(1000);
        const renames = (await app.changes()).filter((change) => change.public);
        const report = await ask<ViewersReport>(viewers, "report", "report");
        await editor.restore();

        const events = new Map(report.events.map((event) => [event.id, event]));
        const pages = new Map(report.pages.map((page) => [page.shown, page]));
        const toPage: number[] = [];
        const toCommit: number[] = [];
        const commitToPage: number[] = [];
        const toEvent: number[] = [];
        let heldByAll = 0;
        for (const vote of votes.slice(1)) {
          const page = pages.get(vote.shown);
          if (page) {
            toPage.push(page.lastAt - vote.clickAt);
            if (vote.commitAt !== null) commitToPage.push(page.lastAt - vote.commitAt);
            if (page.viewers === ready.open) heldByAll++;
          }
          if (vote.commitAt !== null) toCommit.push(vote.commitAt - vote.clickAt);
          const first = vote.eventIds[0];
          const event = first === undefined ? undefined : events.get(first);
          if (event && vote.commitAt !== null) toEvent.push(event.lastHeardAt - vote.commitAt);
        }
        const renameToEvent = renames.slice(1).flatMap((change) => {
          const event = events.get(change.id);
          return event ? [event.lastHeardAt - change.at] : [];
        });
        const cpu = process.cpuUsage(cpuBefore);
        const result: VotesResult = {
          ...settings,
          open: ready.open,
          failures: ready.failures,
          fetchFailures: report.fetchFailures,
          recorded,
          heldByAll,
          clickToLastPage: spread(toPage),
          clickToCommit: spread(toCommit),
          commitToLastPage: spread(commitToPage),
          commitToLastEvent: spread(toEvent),
          reference: { renames: renameToEvent.length, commitToLastEvent: spread(renameToEvent) },
          pageRequests: served,
          benchCpuMs: Math.round((cpu.user + cpu.system) / 1000),
        };
        log(
          `  ${recorded} votes recorded, ${heldByAll} held by all ${ready.open} viewers; click to ` +
            `last viewer holding the page p50 ${result.clickToLastPage.p50} ms, p99 ` +
            `${result.clickToLastPage.p99} ms; reference rename to last event p50 ` +
            `${result.reference.commitToLastEvent.p50} ms; ${served.rendered} of ` +
            `${served.answered} page requests rendered, the rest answered from the cache.`,
        );
        return result;
      } finally {
        await stopProcess(viewers);
      }
    } finally {
      await app.stop();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
