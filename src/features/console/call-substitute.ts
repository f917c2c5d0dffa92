import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { formatTime, formatWeekdayDate } from "../../domain/time.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { loadRoster } from "./attendance-queries.ts";
import { actorName, auditConsole } from "./console-audit.ts";
import { type CallSource, substituteProposal } from "./substitute-queries.ts";

/** What the call answers: who is replaced, for which items. */
async function callTarget(tx: Database, meetingId: number, source: CallSource) {
  if ("absenceId" in source) {
    const absence = await tx
      .selectFrom("absence")
      .leftJoin("agenda_item", "agenda_item.id", "absence.from_agenda_item_id")
      .select([
        "absence.person_id",
        "absence.from_agenda_item_id",
        "absence.withdrawn_at",
        "agenda_item.position",
      ])
      .where("absence.id", "=", source.absenceId)
      .where("absence.meeting_id", "=", meetingId)
      .executeTakeFirst();
    if (!absence) throw new NotFoundError();
    if (absence.withdrawn_at !== null) return null;
    return {
      forPersonId: absence.person_id,
      scope: absence.from_agenda_item_id === null ? ("meeting" as const) : ("from_item" as const),
      itemId: absence.from_agenda_item_id,
      itemPosition: absence.position,
    };
  }
  const conflict = await tx
    .selectFrom("conflict_of_interest")
    .innerJoin("agenda_item", "agenda_item.id", "conflict_of_interest.agenda_item_id")
    .select([
      "conflict_of_interest.person_id",
      "conflict_of_interest.ruling",
      "agenda_item.id as item_id",
      "agenda_item.position",
    ])
    .where("conflict_of_interest.id", "=", source.conflictId)
    .where("agenda_item.meeting_id", "=", meetingId)
    .executeTakeFirst();
  if (!conflict) throw new NotFoundError();
  if (conflict.ruling !== "disqualified") return null;
  return {
    forPersonId: conflict.person_id,
    scope: "item" as const,
    itemId: conflict.item_id,
    itemPosition: conflict.position,
  };
}

/**
 * Calls the proposed substitute for an absence (for the meeting or from an item on) or for a
 * member ruled disqualified (for that item), and sends them the notice with a link to the
 * meeting's papers. The page names whom it proposed; if the order has changed since, the call is
 * refused with the one to call now, so the list is always called in rank order (varamedlemmer
 * innkalles i den rekkefølgen de er valgt). One call at a time answers each absence or conflict.
 * The caller has locked the meeting.
 */
export async function callSubstitute({
  actor,
  meeting,
  source,
  substitutePersonId,
  baseUrl,
  notify = true,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  source: CallSource;
  /** The substitute the page proposed. */
  substitutePersonId: number;
  baseUrl: string;
  /** Whether the call is mailed; the demo, which replays calls made long ago, mails none. */
  notify?: boolean;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ callId: number; mailed: boolean }>> {
  const target = await callTarget(tx, meeting.id, source);
  if (!target)
    return refused({
      form:
        "absenceId" in source
          ? "Forfallet er trukket."
          : "Bare for et medlem som er kjent inhabilt, kan det kalles inn varamedlem.",
    });
  const open = await tx
    .selectFrom("substitute_call")
    .select("id")
    .where("meeting_id", "=", meeting.id)
    .where("status", "<>", "declined")
    .where(
      "absenceId" in source ? "absence_id" : "conflict_id",
      "=",
      "absenceId" in source ? source.absenceId : source.conflictId,
    )
    .executeTakeFirst();
  if (open)
    return refused({
      form: "Et varamedlem er allerede innkalt. Før svaret på innkallingen før du kaller inn neste.",
    });
  const roster = await loadRoster(tx, meeting.id);
  const proposal = await substituteProposal(tx, roster, source);
  if (!proposal.next)
    return refused({ form: "Det er ingen flere varamedlemmer å kalle inn fra listen." });
  if (proposal.next.personId !== substitutePersonId)
    return refused({
      form: `Rekkefølgen er endret siden siden ble lastet. Neste varamedlem er nå ${proposal.next.name}.`,
    });
  const row = await tx
    .insertInto("substitute_call")
    .values({
      meeting_id: meeting.id,
      substitute_person_id: substitutePersonId,
      for_person_id: target.forPersonId,
      scope: target.scope,
      agenda_item_id: target.itemId,
      absence_id: "absenceId" in source ? source.absenceId : null,
      conflict_id: "conflictId" in source ? source.conflictId : null,
      called_at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const people = await tx
    .selectFrom("person")
    .select(["id", "given_name", "family_name", "email"])
    .where("id", "in", [substitutePersonId, target.forPersonId])
    .execute();
  const substitute = people.find((person) => person.id === substitutePersonId);
  const member = people.find((person) => person.id === target.forPersonId);
  const body = await tx
    .selectFrom("body")
    .select("name")
    .where("id", "=", meeting.body_id)
    .executeTakeFirstOrThrow();
  const mailed = notify && Boolean(substitute?.email);
  if (notify && substitute?.email) {
    const when = `${formatWeekdayDate(meeting.starts_at)} kl. ${formatTime(meeting.starts_at)}`;
    const items =
      target.scope === "meeting"
        ? "hele møtet"
        : target.scope === "from_item"
          ? `møtet fra sak ${target.itemPosition} på sakslisten`
          : `sak ${target.itemPosition} på sakslisten`;
    await enqueueJob(tx, sendMailJob, {
      to: [
        { name: `${substitute.given_name} ${substitute.family_name}`, address: substitute.email },
      ],
      subject: `Innkalling som varamedlem: ${body.name} ${formatWeekdayDate(meeting.starts_at)}`,
      text: [
        `Du er innkalt som varamedlem for ${member?.given_name} ${member?.family_name} i ${body.name}, ${when}, for ${items}.`,
        ...(meeting.location
          ? [`Sted: ${meeting.location}${meeting.room ? `, ${meeting.room}` : ""}.`]
          : []),
        "",
        `Innkallingen og sakspapirene: ${baseUrl}/admin/moter/${meeting.id}`,
        `Den offentlige møtesiden: ${baseUrl}/moter/${meeting.id}`,
        "",
        "Gi beskjed til det politiske sekretariatet om du kan møte.",
      ].join("\n"),
    });
  }
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "substitute.call",
    details: {
      callId: row.id,
      substitutePersonId,
      forPersonId: target.forPersonId,
      scope: target.scope,
      itemId: target.itemId,
      mailed,
    },
  });
  return succeeded({ callId: row.id, mailed });
}
