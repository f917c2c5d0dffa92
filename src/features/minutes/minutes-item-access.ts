import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";

/** One item whose decision the public reads only when the secretariat says it may. */
export interface MinutesAccessQuestion {
  agendaItemId: number;
  /** «PS 13/2026 Tilsetting av rektor»: the secretariat sees the real title. */
  label: string;
  /** Why the item is not public: the closed meeting's basis and the case's exemption. */
  reasons: string[];
  /** The basis the form suggests for withholding the decision. */
  suggestedBasis: string;
  /** The answer given so far; null while unanswered (the decision is withheld). */
  answer: { decisionPublic: boolean; withheldBasis: string | null } | null;
}

export const MINUTES_ACCESS_UNANSWERED =
  "Svar for hver lukket eller unntatt sak om vedtaket kan leses av offentligheten før protokollen publiseres.";

const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.user.displayName : actor.name;

/**
 * The items of the meeting treated behind closed doors or about an exempt case, in agenda
 * order: the law lets their decision be public while the treatment is not, but a decision that
 * names a person in a personnel matter is withheld, so the secretariat answers for each.
 */
export async function minutesAccessQuestions(
  db: Database,
  meetingId: number,
): Promise<MinutesAccessQuestion[]> {
  const rows = await db
    .selectFrom("agenda_item as a")
    .leftJoin("case as c", "c.id", "a.case_id")
    .leftJoin("minutes_item_access as ma", "ma.agenda_item_id", "a.id")
    .select([
      "a.id",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.title",
      "a.is_closed",
      "a.closed_basis",
      "c.title as case_title",
      "c.access as case_access",
      "c.exemption_basis",
      "ma.decision_public",
      "ma.withheld_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .where((eb) => eb.or([eb("a.is_closed", "=", true), eb("c.access", "=", "exempt")]))
    .orderBy("a.position")
    .execute();
  return rows.map((row) => {
    const number = caseNumberLabel({
      caseType: row.case_type,
      year: row.series_year,
      number: row.series_number,
    });
    const reasons: string[] = [];
    if (row.is_closed)
      reasons.push(`Lukket møte${row.closed_basis ? `: ${row.closed_basis}` : ""}`);
    if (row.case_access === "exempt")
      reasons.push(`Unntatt offentlighet${row.exemption_basis ? `: ${row.exemption_basis}` : ""}`);
    return {
      agendaItemId: row.id,
      label: [number, row.case_title ?? row.title ?? ""].filter(Boolean).join(" "),
      reasons,
      suggestedBasis: row.exemption_basis || row.closed_basis || "",
      answer:
        row.decision_public === null
          ? null
          : { decisionPublic: row.decision_public, withheldBasis: row.withheld_basis },
    };
  });
}

/** Per item asked about: public, or withheld on the basis given. */
export type MinutesAccessAnswer =
  | { decisionPublic: true }
  | { decisionPublic: false; basis: string };

/**
 * Records the secretariat's answers for the items asked about. Every item must be answered and
 * each withheld decision must say its basis; otherwise nothing changes. The answer decides what
 * public_agenda_item shows, so the change is public.
 */
export async function answerMinutesItemAccess({
  actor,
  meeting,
  answers,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  answers: ReadonlyMap<number, MinutesAccessAnswer>;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ answered: number }>> {
  const questions = await minutesAccessQuestions(tx, meeting.id);
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const answer = answers.get(question.agendaItemId);
    if (!answer) errors[`access-${question.agendaItemId}`] = "Velg om vedtaket kan være offentlig.";
    else if (!answer.decisionPublic && answer.basis.trim() === "")
      errors[`basis-${question.agendaItemId}`] =
        "Skriv hjemmelen for å unnta vedtaket, for eksempel «Offl. § 13, jf. fvl. § 13».";
  }
  if (Object.keys(errors).length > 0)
    return refused({ access: MINUTES_ACCESS_UNANSWERED, ...errors });
  for (const question of questions) {
    const answer = answers.get(question.agendaItemId);
    if (!answer) continue;
    const values = {
      decision_public: answer.decisionPublic,
      withheld_basis: answer.decisionPublic ? null : answer.basis.trim(),
      answered_at: now,
      answered_by_name: actorName(actor),
    };
    const before = question.answer;
    if (
      before?.decisionPublic === values.decision_public &&
      before.withheldBasis === values.withheld_basis
    )
      continue;
    await tx
      .insertInto("minutes_item_access")
      .values({ agenda_item_id: question.agendaItemId, ...values })
      .onConflict((conflict) => conflict.column("agenda_item_id").doUpdateSet(values))
      .execute();
    await writeAudit(tx, {
      actor,
      at: now,
      action: "minutes.answer_item_access",
      visibility: "public",
      entityType: "agenda_item",
      entityId: question.agendaItemId,
      details: {
        meetingId: meeting.id,
        decisionPublic: values.decision_public,
        basis: values.withheld_basis,
      },
    });
  }
  return succeeded({ answered: questions.length });
}
