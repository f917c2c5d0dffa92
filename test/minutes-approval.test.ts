import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../src/audit.ts";
import { MemoryBlobStore } from "../src/blobs/blob-store.ts";
import { commit } from "../src/commit/commit.ts";
import { succeeded } from "../src/commit/outcome.ts";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { formatShortDate } from "../src/domain/time.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { holdMeeting } from "../src/features/meetings/hold-meeting.ts";
import { publishNotice } from "../src/features/meetings/publish-notice.ts";
import { recordDecision } from "../src/features/meetings/record-decision.ts";
import { correctMinutes } from "../src/features/minutes/correct-minutes.ts";
import { renderMinutesVersionJob } from "../src/features/minutes/minutes-version-jobs.ts";
import { notifyMinutesSigners } from "../src/features/minutes/notify-minutes-signers.ts";
import { requestMinutesVersion } from "../src/features/minutes/request-minutes-version.ts";
import { signMinutes } from "../src/features/minutes/sign-minutes.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import {
  buildAgendaEntry,
  buildHeldMeeting,
  buildMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import {
  chooseMinutesSigners,
  publishMinutesDraft,
  requestPublishedVersion,
} from "./factories/minutes.ts";
import { buildBody, buildPerson } from "./factories/registry.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createUser } from "./helpers/accounts.ts";
import { jobServices } from "./helpers/job-services.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase("empty");
  db = database.db;
});
afterAll(async () => {
  await database.close();
});

interface Signer {
  personId: number;
  actor: Extract<Actor, { kind: "user" }>;
}

/** A person with a member's account of their own, as they sign in. */
async function memberWithLogin(name: string): Promise<Signer> {
  const person = await buildPerson(db, { givenName: name, familyName: "Signer" });
  const username = `${name.toLowerCase()}.${person.id}`;
  const id = await createUser(db, {
    username,
    displayName: `${name} Signer`,
    role: "member",
    password: "riktig-hest-batteri-stift",
    personId: person.id,
    mustChangePassword: false,
  });
  return {
    personId: person.id,
    actor: {
      kind: "user",
      user: { id, username, displayName: `${name} Signer`, role: "member", personId: person.id },
    },
  };
}

const sign = (signer: Signer, meetingId: number, versionId: number, now = new Date()) =>
  commit({ db }, async (tx) =>
    signMinutes({
      actor: signer.actor,
      meeting: await lockMeeting(tx, meetingId),
      versionId,
      now,
      tx,
      requestVersion: requestPublishedVersion,
    }),
  );

const meetingRow = (id: number) =>
  db.selectFrom("meeting").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const minutesRow = (id: number) =>
  db.selectFrom("minutes").selectAll().where("meeting_id", "=", id).executeTakeFirstOrThrow();
const versions = (id: number) =>
  db
    .selectFrom("minutes_version")
    .select(["id", "version", "kind", "reason"])
    .where("meeting_id", "=", id)
    .orderBy("version")
    .execute();

async function heldWithSigners() {
  const body = await buildBody(db);
  const { meeting } = await buildHeldMeeting(db, { bodyId: body.id });
  const [anne, per] = [await memberWithLogin("Anne"), await memberWithLogin("Per")];
  await chooseMinutesSigners(db, {
    meetingId: meeting.id,
    personIds: [anne.personId, per.personId],
  });
  return { body, meeting, anne, per };
}

describe("signing the minutes", () => {
  it("approves when the second of two chosen members signs the same version", async () => {
    const { meeting, anne, per } = await heldWithSigners();
    const draft = await publishMinutesDraft(db, meeting.id);
    const first = new Date();
    expect(await sign(anne, meeting.id, draft, first)).toEqual({
      ok: true,
      value: { approved: false },
    });
    expect((await meetingRow(meeting.id)).status).toBe("held");
    expect((await minutesRow(meeting.id)).approved_at).toBeNull();

    const last = new Date(first.getTime() + 60_000);
    expect(await sign(per, meeting.id, draft, last)).toEqual({
      ok: true,
      value: { approved: true },
    });
    expect((await meetingRow(meeting.id)).status).toBe("minutes_approved");
    const minutes = await minutesRow(meeting.id);
    expect(minutes.approved_at?.getTime()).toBe(last.getTime());
    expect(minutes.approved_in_agenda_item_id).toBeNull();
    expect((await versions(meeting.id)).map((v) => [v.version, v.kind])).toEqual([
      [1, "draft"],
      [2, "final"],
    ]);
    const signatures = await db
      .selectFrom("minutes_signature")
      .select(["person_id", "user_id", "signed_at"])
      .where("minutes_version_id", "=", draft)
      .orderBy("signed_at")
      .execute();
    expect(signatures).toEqual([
      { person_id: anne.personId, user_id: anne.actor.user.id, signed_at: first },
      { person_id: per.personId, user_id: per.actor.user.id, signed_at: last },
    ]);
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "meeting")
      .where("entity_id", "=", String(meeting.id))
      .where("action", "in", ["minutes.sign", "meeting.approve_minutes"])
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      "minutes.sign",
      "minutes.sign",
      "meeting.approve_minutes",
    ]);
  });

  it("refuses someone not chosen, a second signature, an old version and approved minutes", async () => {
    const { meeting, anne, per } = await heldWithSigners();
    const outsider = await memberWithLogin("Kari");
    const old = await publishMinutesDraft(db, meeting.id);
    expect(await sign(outsider, meeting.id, old)).toEqual({
      ok: false,
      errors: { form: "Du er ikke valgt til å signere denne protokollen." },
    });
    expect((await sign(anne, meeting.id, old)).ok).toBe(true);
    expect(await sign(anne, meeting.id, old)).toEqual({
      ok: false,
      errors: { form: "Du har allerede signert protokollen." },
    });
    const latest = await publishMinutesDraft(db, meeting.id);
    const stale = await sign(per, meeting.id, old);
    expect(stale.ok ? "" : stale.errors.form).toMatch(/nyere versjon/);
    // Anne's signature was on the version before: the new one needs hers again.
    expect(await sign(per, meeting.id, latest)).toEqual({ ok: true, value: { approved: false } });
    expect(await sign(anne, meeting.id, latest)).toEqual({ ok: true, value: { approved: true } });
    expect(await sign(outsider, meeting.id, latest)).toEqual({
      ok: false,
      errors: { form: "Protokollen er allerede godkjent." },
    });
    const count = await db
      .selectFrom("minutes_signature as s")
      .innerJoin("minutes_version as v", "v.id", "s.minutes_version_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("v.meeting_id", "=", meeting.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it("refuses signing before a draft is published and for minutes the body approves", async () => {
    const { meeting, anne } = await heldWithSigners();
    const body = await buildBody(db);
    const other = await buildHeldMeeting(db, { bodyId: body.id });
    await chooseMinutesSigners(db, {
      meetingId: other.meeting.id,
      personIds: [anne.personId],
      approval: "meeting",
    });
    const draft = await publishMinutesDraft(db, other.meeting.id);
    const early = await sign(anne, meeting.id, draft);
    expect(early.ok ? "" : early.errors.form).toMatch(/ikke lagt fram/);
    const byBody = await sign(anne, other.meeting.id, draft);
    expect(byBody.ok ? "" : byBody.errors.form).toMatch(/godkjennes av utvalget/);
  });
});

describe("approval by the body at its next meeting", () => {
  it("approves the minutes the item «Godkjenning av protokoll» names when it is decided", async () => {
    const body = await buildBody(db);
    const first = await buildHeldMeeting(db, { bodyId: body.id, startsAt: eveningIn(-30) });
    const next = await buildMeeting(db, { bodyId: body.id, startsAt: eveningIn(-2) });
    const { itemId } = await buildAgendaEntry(db, {
      meetingId: next.id,
      kind: "minutes_approval",
      text: `Protokoll fra møte ${formatShortDate(first.meeting.starts_at)}`,
    });
    await commitOrThrow(db, async (tx) =>
      publishNotice({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, next.id),
        now: eveningIn(-12),
        tx,
      }),
    );
    await commitOrThrow(db, async (tx) =>
      holdMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, next.id),
        endsAt: new Date(next.starts_at.getTime() + 7_200_000),
        now: new Date(),
        tx,
      }),
    );
    // The item's text names the meeting; the secretariat writes it when adding the item.
    const decide = (text: string) =>
      commit({ db }, async (tx) => {
        await tx.updateTable("agenda_item").set({ text }).where("id", "=", itemId).execute();
        return recordDecision({
          actor: TEST_ACTOR,
          meeting: await lockMeeting(tx, next.id),
          itemId,
          decision: "Protokollen godkjennes.",
          decidedAt: new Date(next.starts_at.getTime() + 60_000),
          now: new Date(),
          tx,
        });
      });
    const unnamed = await decide("Protokoll fra forrige møte");
    expect(unnamed.ok ? "" : unnamed.errors.decision).toMatch(/hvilket møte/);
    expect((await meetingRow(first.meeting.id)).status).toBe("held");

    const named = await decide(`Protokoll fra møte ${formatShortDate(first.meeting.starts_at)}`);
    expect(named).toEqual({ ok: true, value: { itemId } });
    expect((await meetingRow(first.meeting.id)).status).toBe("minutes_approved");
    expect((await minutesRow(first.meeting.id)).approved_in_agenda_item_id).toBe(itemId);
    expect((await versions(first.meeting.id)).map((v) => v.kind)).toEqual(["final"]);
    // Correcting the item's decision approves nothing twice.
    const again = await decide(`Protokoll fra møte ${formatShortDate(first.meeting.starts_at)}`);
    expect(again).toEqual({ ok: true, value: { itemId } });
    expect((await versions(first.meeting.id)).map((v) => v.kind)).toEqual(["final"]);
  });
});

describe("a correction after approval", () => {
  it("is a new version with its reason, and the versions before it stay", async () => {
    const { meeting, anne, per } = await heldWithSigners();
    const correct = (reason: string) =>
      commit({ db }, async (tx) =>
        correctMinutes({
          actor: TEST_ACTOR,
          meeting: await lockMeeting(tx, meeting.id),
          reason,
          now: new Date(),
          tx,
          requestVersion: requestPublishedVersion,
        }),
      );
    const draft = await publishMinutesDraft(db, meeting.id);
    const early = await correct("Feil navn.");
    expect(early.ok ? "" : early.errors.form).toMatch(/ikke godkjent/);
    await sign(anne, meeting.id, draft);
    await sign(per, meeting.id, draft);
    expect(await correct("   ")).toEqual({
      ok: false,
      errors: { reason: "Skriv hvorfor protokollen rettes." },
    });
    expect((await correct("  Feil stemmetall i sak 2.\r\n")).ok).toBe(true);
    expect(await versions(meeting.id)).toEqual([
      { id: draft, version: 1, kind: "draft", reason: null },
      expect.objectContaining({ version: 2, kind: "final", reason: null }),
      expect.objectContaining({
        version: 3,
        kind: "correction",
        reason: "Feil stemmetall i sak 2.",
      }),
    ]);
    expect((await meetingRow(meeting.id)).status).toBe("minutes_approved");
  });
});

describe("the mail to the signers", () => {
  it("asks each chosen signer who has not signed the draft to read and sign it", async () => {
    const { meeting, anne, per } = await heldWithSigners();
    const draft = await publishMinutesDraft(db, meeting.id);
    await sign(anne, meeting.id, draft);
    const before = await db
      .selectFrom("job")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirstOrThrow();
    const sent = await commit({ db }, async (tx) =>
      succeeded(
        await notifyMinutesSigners({
          tx,
          meetingId: meeting.id,
          versionId: draft,
          baseUrl: "https://politikk.eksempel.no",
        }),
      ),
    );
    expect(sent).toEqual({ ok: true, value: 1 });
    const mails = await db
      .selectFrom("job")
      .select("payload")
      .where("type", "=", "sendMail")
      .where("id", ">", Number(before.id ?? 0))
      .execute();
    const perEmail = await db
      .selectFrom("person")
      .select("email")
      .where("id", "=", per.personId)
      .executeTakeFirstOrThrow();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload).toMatchObject({
      to: [{ name: "Per Signer", address: perEmail.email }],
      subject: expect.stringMatching(/^Protokoll til signering: /),
      text: expect.stringContaining(
        `https://politikk.eksempel.no/mine-moter/${meeting.id}/protokoll/signering`,
      ),
    });
  });

  it("goes out when a draft published with the site's address appears, not before", async () => {
    const { meeting, anne, per } = await heldWithSigners();
    const mailsTo = async (personId: number) => {
      const person = await db
        .selectFrom("person")
        .select("email")
        .where("id", "=", personId)
        .executeTakeFirstOrThrow();
      const jobs = await db
        .selectFrom("job")
        .select("payload")
        .where("type", "=", "sendMail")
        .execute();
      return jobs.filter((job) => JSON.stringify(job.payload).includes(String(person.email)));
    };
    await commitOrThrow(db, async (tx) =>
      requestMinutesVersion({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        kind: "draft",
        reason: null,
        now: new Date(),
        tx,
        baseUrl: "https://politikk.eksempel.no",
      }),
    );
    expect(await mailsTo(anne.personId)).toHaveLength(0);
    const mailer = createMailer({ ...loadConfig({}), dataDir: "/tmp/folkestyre-minutes-signers" });
    try {
      await runDueJobs({
        db,
        registry: createJobRegistry([renderMinutesVersionJob]),
        services: jobServices(db, mailer, { blobs: new MemoryBlobStore() }),
      });
    } finally {
      mailer.close();
    }
    for (const signer of [anne, per]) {
      const mails = await mailsTo(signer.personId);
      expect(mails).toHaveLength(1);
      expect(JSON.stringify(mails[0]?.payload)).toContain(
        `https://politikk.eksempel.no/mine-moter/${meeting.id}/protokoll/signering`,
      );
    }
  });
});
