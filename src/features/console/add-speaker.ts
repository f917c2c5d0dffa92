import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { bodyRules } from "../../domain/rules.ts";
import { actorName } from "./actor-name.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

export type SpeechKind = "speech" | "reply" | "answer";

export const SPEECH_KIND_LABELS: Record<SpeechKind, string> = {
  speech: "Innlegg",
  reply: "Replikk",
  answer: "Svar på replikk",
};

/**
 * Puts a speaker on the item's list: a speech (innlegg) at the end, or a reply (replikk) to a
 * speech, or the speaker's answer to the replies. Once the list is closed (strek) no new speech
 * may be added; replies to the speeches on it still may. The body's rules may limit the replies
 * to one speech. The caller has locked the meeting.
 */
export async function addSpeaker({
  actor,
  meeting,
  itemId,
  kind,
  personId,
  replyToId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  kind: SpeechKind;
  personId: number;
  /** The speech a reply or an answer belongs to. */
  replyToId: number | null;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ entryId: number }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  const person = await tx
    .selectFrom("person")
    .select("id")
    .where("id", "=", personId)
    .executeTakeFirst();
  if (!person) return refused({ person: "Velg hvem som skal ha ordet." });
  if (kind === "speech" && item.speakersClosedAt !== null)
    return refused({
      form: "Talerlisten er satt strek for, så det kan ikke tegnes flere innlegg.",
    });
  if (kind !== "speech") {
    const speech =
      replyToId === null
        ? undefined
        : await tx
            .selectFrom("speaker_entry")
            .select(["id", "kind", "person_id", "cancelled_at"])
            .where("id", "=", replyToId)
            .where("agenda_item_id", "=", item.id)
            .executeTakeFirst();
    if (speech?.kind !== "speech" || speech.cancelled_at !== null)
      return refused({ replyTo: "Velg innlegget replikken gjelder." });
    if (kind === "answer" && speech.person_id !== personId)
      return refused({ person: "Bare den som hadde innlegget, svarer på replikkene." });
    if (kind === "reply" && speech.person_id === personId)
      return refused({ person: "En taler kan ikke ta replikk på sitt eget innlegg." });
    if (kind === "reply") {
      const body = await tx
        .selectFrom("body")
        .select("settings")
        .where("id", "=", meeting.body_id)
        .executeTakeFirstOrThrow();
      const limit = bodyRules(body.settings).repliesPerSpeech;
      const replies = await tx
        .selectFrom("speaker_entry")
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .where("reply_to_id", "=", speech.id)
        .where("kind", "=", "reply")
        .where("cancelled_at", "is", null)
        .executeTakeFirstOrThrow();
      if (limit !== null && Number(replies.count) >= limit)
        return refused({
          form: `Reglementet tillater ${limit} ${limit === 1 ? "replikk" : "replikker"} til hvert innlegg.`,
        });
    }
  }
  const row = await tx
    .insertInto("speaker_entry")
    .values({
      agenda_item_id: item.id,
      kind,
      person_id: personId,
      reply_to_id: kind === "speech" ? null : replyToId,
      requested_at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "speaker.add",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, entryId: row.id, kind, personId },
  });
  return succeeded({ entryId: row.id });
}
