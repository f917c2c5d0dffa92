import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { auditMinutes, MINUTES_TEXT_MAX, openMinutes } from "./minutes-record.ts";

export interface MinutesHeaderTexts {
  othersPresent: string;
  noticeRemarks: string;
  agendaRemarks: string;
}

const clean = (text: string): string => text.replace(/\r\n?/g, "\n").trim();

/**
 * The header's texts the console does not record: who else was present (from the
 * administration) and the remarks to the notice and to the agenda. Each may be empty: the
 * minutes then print nothing for it. The caller has locked the meeting.
 */
export async function setMinutesHeader({
  actor,
  meeting,
  texts,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  texts: MinutesHeaderTexts;
  now: Date;
  tx: Database;
}): Promise<Outcome<MinutesHeaderTexts>> {
  const values = {
    othersPresent: clean(texts.othersPresent),
    noticeRemarks: clean(texts.noticeRemarks),
    agendaRemarks: clean(texts.agendaRemarks),
  };
  const tooLong = Object.entries(values).filter(([, text]) => text.length > MINUTES_TEXT_MAX);
  if (tooLong.length > 0)
    return refused(
      Object.fromEntries(
        tooLong.map(([field]) => [
          field,
          `Teksten kan ha høyst ${MINUTES_TEXT_MAX.toLocaleString("nb-NO")} tegn.`,
        ]),
      ),
    );
  await openMinutes(tx, meeting, now);
  await tx
    .updateTable("minutes")
    .set({
      others_present: values.othersPresent,
      notice_remarks: values.noticeRemarks,
      agenda_remarks: values.agendaRemarks,
      updated_at: now,
    })
    .where("meeting_id", "=", meeting.id)
    .execute();
  await auditMinutes(tx, { actor, meeting, now, action: "minutes.header.set", details: {} });
  return succeeded(values);
}
