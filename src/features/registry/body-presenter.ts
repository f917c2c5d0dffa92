import { STATUTORY_QUORUM_PERCENT } from "../../domain/rules.ts";
import { formatDay } from "../../domain/time.ts";
import type { Choice } from "../../web/forms.tsx";
import { BODY_KIND_LABELS } from "./body-kinds.ts";
import type { BodyDetail, BodyListRow, LoadedBody } from "./body-queries.ts";
import {
  type AddMembershipFormValues,
  type MemberGroupView,
  presentMemberGroups,
  roleChoices,
  votingSeatsHeldOn,
} from "./membership-presenter.ts";
import { presentListChoice } from "./party-presenter.ts";
import { presentPersonChoice } from "./person-presenter.ts";
import { bodyPath } from "./registry-paths.ts";

const statusLabel = (isActive: boolean): string => (isActive ? "Aktivt" : "Ikke aktivt");

export const bodyEditHref = (id: number): string => `${bodyPath(id)}/rediger`;

export interface BodyRowView {
  id: number;
  name: string;
  href: string;
  editHref: string;
  kindLabel: string;
  seatCount: number;
  statusLabel: string;
}

export const presentBodyRow = (row: BodyListRow): BodyRowView => ({
  id: row.id,
  name: row.name,
  href: bodyPath(row.id),
  editHref: bodyEditHref(row.id),
  kindLabel: BODY_KIND_LABELS[row.kind],
  seatCount: row.seat_count,
  statusLabel: statusLabel(row.is_active),
});

export interface BodyFormValues {
  name: string;
  shortName: string;
  slug: string;
  kind: string;
  seatCount: string;
  noticeDays: string;
  description: string;
  isActive: boolean;
  quorumPercent: string;
  speechMinutes: string;
  replyMinutes: string;
  answerMinutes: string;
  repliesPerSpeech: string;
  votesByName: boolean;
  videoStreamUrl: string;
}

/** A body left to the statute: no rule of its own. */
const STATUTE_RULE_VALUES = {
  quorumPercent: "",
  speechMinutes: "",
  replyMinutes: "",
  answerMinutes: "",
  repliesPerSpeech: "",
  votesByName: false,
  videoStreamUrl: "",
};

const field = (value: number | string | null): string => (value === null ? "" : String(value));

/** A new body starts active, with a week's notice. */
export const NEW_BODY_VALUES: BodyFormValues = {
  name: "",
  shortName: "",
  slug: "",
  kind: "",
  seatCount: "",
  noticeDays: "7",
  description: "",
  isActive: true,
  ...STATUTE_RULE_VALUES,
};

export const bodyFormValues = (body: LoadedBody): BodyFormValues => ({
  name: body.name,
  shortName: body.shortName,
  slug: body.slug,
  kind: body.kind,
  seatCount: String(body.seatCount),
  noticeDays: String(body.noticeDays),
  description: body.description,
  isActive: body.isActive,
  quorumPercent: field(body.quorumPercent),
  speechMinutes: field(body.speechMinutes),
  replyMinutes: field(body.replyMinutes),
  answerMinutes: field(body.answerMinutes),
  repliesPerSpeech: field(body.repliesPerSpeech),
  votesByName: body.votesByName,
  videoStreamUrl: field(body.videoStreamUrl),
});

const minutes = (value: number | null): string =>
  value === null ? "ingen grense" : `${value} min`;

/** The body's rules of procedure as its page lists them, the statute's where it has none. */
function rulesLines(body: LoadedBody): Array<{ label: string; value: string }> {
  return [
    {
      label: "Vedtaksført med",
      value:
        body.quorumPercent === null
          ? `minst ${STATUTORY_QUORUM_PERCENT} % av plassene (kommuneloven § 11-9 første ledd)`
          : `minst ${body.quorumPercent} % av plassene (utvalgets reglement)`,
    },
    {
      label: "Taletid",
      value:
        `innlegg ${minutes(body.speechMinutes)}, replikk ${minutes(body.replyMinutes)}, ` +
        `svar på replikk ${minutes(body.answerMinutes)}`,
    },
    {
      label: "Replikker per innlegg",
      value: body.repliesPerSpeech === null ? "ingen grense" : String(body.repliesPerSpeech),
    },
    {
      label: "Stemmer føres",
      value: body.votesByName ? "med navn og per parti" : "per parti (kommuneloven § 11-4)",
    },
    { label: "Videooverføring", value: body.videoStreamUrl ?? "ingen" },
  ];
}

export interface BodyDetailView {
  id: number;
  name: string;
  href: string;
  editHref: string;
  shortName: string;
  kindLabel: string;
  seatCount: number;
  noticeLabel: string;
  rules: Array<{ label: string; value: string }>;
  statusLabel: string;
  description: string;
  termChoices: Choice[];
  /** The term shown, with the period its seats must keep to; null when there are no terms. */
  term: { id: number; name: string; periodLabel: string } | null;
  /** Voting seats held today, when today is within the term shown. */
  votingSeatsToday: number | null;
  groups: MemberGroupView[];
}

export interface AddMembershipChoices {
  persons: readonly Choice[];
  roles: readonly Choice[];
  lists: readonly Choice[];
}

export function presentBodyDetail(
  { body, terms, term, seats, persons, lists }: BodyDetail,
  today: string,
): { view: BodyDetailView; choices: AddMembershipChoices; defaults: AddMembershipFormValues } {
  const todayInTerm = term !== null && term.startsOn <= today && today <= term.endsOn;
  return {
    view: {
      id: body.id,
      name: body.name,
      href: bodyPath(body.id),
      editHref: bodyEditHref(body.id),
      shortName: body.shortName,
      kindLabel: BODY_KIND_LABELS[body.kind],
      seatCount: body.seatCount,
      noticeLabel: `${body.noticeDays} dager før møtet`,
      rules: rulesLines(body),
      statusLabel: statusLabel(body.isActive),
      description: body.description,
      termChoices: terms.map((choice) => ({ value: String(choice.id), label: choice.name })),
      term: term && {
        id: term.id,
        name: term.name,
        periodLabel: `fra ${formatDay(term.startsOn)} til ${formatDay(term.endsOn)}`,
      },
      votingSeatsToday: todayInTerm ? votingSeatsHeldOn(seats, today) : null,
      groups: presentMemberGroups(seats, body),
    },
    choices: {
      persons: persons.map(presentPersonChoice),
      roles: roleChoices(body.kind),
      lists: lists.map(presentListChoice),
    },
    defaults: {
      personId: "",
      role: "member",
      listId: "",
      substituteRank: "",
      hasVote: true,
      startsOn: todayInTerm ? today : (term?.startsOn ?? ""),
      endsOn: "",
    },
  };
}
