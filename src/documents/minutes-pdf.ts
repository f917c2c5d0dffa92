import type { MinutesVersionKind } from "../db/schema.ts";
import { formatShortDate } from "../domain/time.ts";
import {
  absentLine,
  DRAFT_LABEL,
  DRAFT_NOTE,
  headerTexts,
  itemMarks,
  minutesFacts,
  minutesTitle,
  paragraphsOf,
  presentLine,
  signerLine,
  substituteLine,
  withheldLine,
} from "../features/minutes/minutes-lines.ts";
import type { Minutes } from "../features/minutes/minutes-model.ts";
import { type RenderedPdf, renderPdf } from "./typst.ts";

/** One published version of the minutes, as its PDF prints it. */
export interface MinutesPdfInput {
  minutes: Minutes;
  municipality: string;
  version: number;
  kind: MinutesVersionKind;
  /** Why a correction was made; null otherwise. */
  reason: string | null;
  /** When the version was requested: the date the PDF carries, so a re-render gives the same bytes. */
  issuedAt: Date;
}

function utcParts(at: Date) {
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}

/** The data minutes.typ reads. */
export function minutesPdfData(input: MinutesPdfInput) {
  const { minutes } = input;
  const draft = !minutes.approved;
  const audience = minutes.audience === "members" ? "" : " (offentlig utgave)";
  return {
    meta: {
      title: `Møteprotokoll${audience}: ${minutes.bodyName}, ${formatShortDate(new Date(minutes.startsAt))}`,
      author: [input.municipality || minutes.bodyName],
      keywords: [minutes.bodyName, minutes.meetingNumberLabel, "møteprotokoll"].filter(Boolean),
      date: utcParts(input.issuedAt),
    },
    municipality: input.municipality,
    running: `Møteprotokoll · ${minutes.bodyName} · ${formatShortDate(new Date(minutes.startsAt))}`,
    "status-line": draft ? DRAFT_LABEL : null,
    "status-note": DRAFT_NOTE,
    correction:
      input.kind === "correction" && input.reason
        ? `Rettet versjon ${input.version} av ${formatShortDate(input.issuedAt)}. Grunn: ${input.reason}`
        : null,
    title: minutesTitle(minutes),
    facts: minutesFacts(minutes),
    present: minutes.present.map(presentLine),
    absent: minutes.absent.map(absentLine),
    substitutes: minutes.substitutes.map(substituteLine),
    "header-texts": headerTexts(minutes).map((part) => ({
      title: part.title,
      paragraphs: paragraphsOf(part.text),
    })),
    items: minutes.items.map((item) => ({
      number: item.numberLabel,
      title: item.title,
      marks: itemMarks(item),
      treatment: item.treatment.map((paragraph) => ({
        heading: paragraph.heading,
        paragraphs: paragraphsOf(paragraph.text),
      })),
      decision: item.decision ? paragraphsOf(item.decision.text) : null,
      withheld:
        item.decisionWithheldBasis === null ? null : withheldLine(item.decisionWithheldBasis),
    })),
    "signing-note": "Protokollen godkjennes og underskrives av:",
    signers: minutes.signers.map(signerLine),
    footer: [
      minutes.bodyName,
      formatShortDate(new Date(minutes.startsAt)),
      `versjon ${input.version}`,
      draft ? DRAFT_LABEL.toLowerCase() : "godkjent",
    ].join(" · "),
  };
}

/** The minutes as PDF/A-2a: the members' version, or the public one, whatever the value holds. */
export function renderMinutesPdf(input: MinutesPdfInput): Promise<RenderedPdf> {
  return renderPdf("minutes.typ", minutesPdfData(input));
}
