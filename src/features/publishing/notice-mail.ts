import type { MeetingPapersView } from "../../documents/meeting-papers.ts";
import { formatTime, formatWeekdayDate } from "../../domain/time.ts";

const SUBJECT_WORDS = {
  notice: "Innkalling",
  supplement: "Tilleggsinnkalling",
  correction: "Oppdatert innkalling",
} as const;

/**
 * The mail that carries a round of the notice to one recipient. Mail is not a safe channel for
 * exempt content, so an exempt item is named by its neutral title, as on the public agenda;
 * the link leads to the papers behind the member's login.
 */
export function noticeMail(
  view: MeetingPapersView,
  recipient: { name: string; capacity: "member" | "substitute" },
  meetingUrl: string,
): { subject: string; text: string } {
  const word = SUBJECT_WORDS[view.kind];
  const when = `${formatWeekdayDate(view.startsAt)} kl. ${formatTime(view.startsAt)}`;
  const where = [view.location, view.room].filter(Boolean).join(", ");
  const items = view.items.map((item) => {
    const title =
      item.exemptionBasis !== null ? item.publicTitle || "Unntatt offentlighet" : item.title;
    const marks = [
      item.addedAfterNotice ? "tilleggssak" : "",
      item.withdrawnReason !== null ? "trukket" : "",
      item.exemptionBasis !== null ? `unntatt offentlighet, ${item.exemptionBasis}` : "",
    ].filter(Boolean);
    return `${item.number ? `${item.number} ` : ""}${title}${marks.length > 0 ? ` (${marks.join(", ")})` : ""}`;
  });
  const lines = [
    `Hei ${recipient.name},`,
    "",
    `${view.bodyName} kalles inn til møte ${when}${where ? `, ${where}` : ""}.${view.isRemote ? " Møtet er et fjernmøte." : ""}`,
  ];
  if (view.version > 1)
    lines.push(
      "",
      `Dette er versjon ${view.version} av innkallingen. Endringer siden forrige utsending:`,
      ...view.changes.map((change) => `- ${change}`),
    );
  lines.push(
    "",
    "Innkallingen, sakslisten og alle sakspapirene, også de som er unntatt offentlighet, finner du når du har logget inn:",
    meetingUrl,
    "",
    "Saksliste:",
    ...items,
    "",
    "Har du gyldig forfall, meld det snarest til politisk sekretariat, slik at varamedlem kan kalles inn.",
    "",
    "Med hilsen",
    view.chair ? `${view.chair}, leder` : view.bodyName,
  );
  return {
    subject: `${word}: ${view.bodyName} ${formatWeekdayDate(view.startsAt)}`,
    text: lines.join("\n"),
  };
}
