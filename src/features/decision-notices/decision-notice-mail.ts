import { formatDate, formatShortDate } from "../../domain/time.ts";
import { RECEIVED_DECISIONS_PATH } from "./notice-paths.ts";
import type { NoticeItem } from "./notice-state.ts";

/**
 * The e-mail that tells the case officer of the decision. An exempt case's title and decision
 * stay out of it, as mail leaves the municipality's systems; the workspace has them.
 */
export function decisionNoticeMail({
  item,
  bodyName,
  meetingStartsAt,
  decision,
  vote,
  replaces,
}: {
  item: NoticeItem;
  bodyName: string;
  meetingStartsAt: Date;
  decision: string;
  vote: string;
  replaces: Date | null;
}): { subject: string; text: string } {
  const named = item.exempt
    ? `${item.numberLabel}, arkivsak ${item.archiveCaseNumber}`
    : `${item.numberLabel} ${item.title}`;
  const withdrawn = decision === "";
  const lines = [
    `Hei${item.recipient ? ` ${item.recipient.name}` : ""},`,
    "",
    `${bodyName} behandlet saken i møtet ${formatDate(meetingStartsAt)} (${item.numberLabel}, arkivsak ${item.archiveCaseNumber}).`,
    "",
  ];
  if (replaces)
    lines.push(
      withdrawn
        ? `Vedtaket du fikk melding om ${formatShortDate(replaces)}, er trukket tilbake.`
        : `Vedtaket er rettet. Denne meldingen erstatter den du fikk ${formatShortDate(replaces)}.`,
      "",
    );
  if (!withdrawn) {
    if (item.exempt)
      lines.push("Saken er unntatt offentlighet, så vedtaket står ikke i denne e-posten.", "");
    else {
      lines.push("Vedtak:", decision, "");
      if (vote !== "") lines.push(`Votering: ${vote}`, "");
    }
  }
  lines.push(
    `Saksprotokollen ligger som dokument på saken, og meldingen står under «Mottatte vedtak» (${RECEIVED_DECISIONS_PATH}) i arbeidsflaten.`,
  );
  return {
    subject: `${withdrawn ? "Vedtak trukket tilbake" : "Melding om vedtak"}: ${named}`,
    text: lines.join("\n"),
  };
}
