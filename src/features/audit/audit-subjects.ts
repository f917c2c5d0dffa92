import type { Database } from "../../db/database.ts";
import { ROLE_LABELS } from "../../domain/membership.ts";
import { formatDate } from "../../domain/time.ts";
import { BODIES_PATH, PARTIES_PATH, PERSONS_PATH, TERMS_PATH } from "../registry/registry-paths.ts";
import { USERS_PATH } from "../users/user-paths.ts";
import type { AuditPage } from "./audit-queries.ts";

/** A record the log names, in words, with its workspace page where it has one. */
export interface AuditSubject {
  label: string;
  href: string | null;
  /** Who may follow the link: the page's resource, asked of the policy by the view. */
  resource: "meeting" | "body" | "person" | "case" | "user" | "party" | "term" | "job" | null;
}

/** The kinds of record the log's entries and their details refer to by id. */
export type SubjectKind =
  | "meeting"
  | "body"
  | "person"
  | "case"
  | "agenda_item"
  | "agenda_item_letter"
  | "membership"
  | "document"
  | "app_user"
  | "party"
  | "term"
  | "job"
  | "municipality";

export type AuditSubjects = Map<string, AuditSubject>;

export const subjectKey = (kind: SubjectKind, id: number | string): string => `${kind}:${id}`;

/** Which detail keys hold the id of which kind of record. */
export const DETAIL_REFERENCES: Record<string, SubjectKind> = {
  meetingId: "meeting",
  previousMeetingId: "meeting",
  bodyId: "body",
  personId: "person",
  caseId: "case",
  itemId: "agenda_item",
  userId: "app_user",
  ownerId: "app_user",
  termId: "term",
  listId: "party",
  partyId: "party",
  partyIds: "party",
  route: "body",
};

const ENTITY_KINDS: Record<string, SubjectKind> = {
  meeting: "meeting",
  body: "body",
  person: "person",
  case: "case",
  agenda_item: "agenda_item",
  agenda_item_letter: "agenda_item_letter",
  membership: "membership",
  document: "document",
  app_user: "app_user",
  party: "party",
  term: "term",
  job: "job",
  municipality: "municipality",
};

export const entityKind = (entityType: string): SubjectKind | null =>
  ENTITY_KINDS[entityType] ?? null;

const ID = /^[1-9]\d{0,9}$/;

/** The ids each entry names: its record, and the records its details refer to. */
function collectIds(entries: AuditPage["entries"]): Map<SubjectKind, Set<number>> {
  const ids = new Map<SubjectKind, Set<number>>();
  const add = (kind: SubjectKind, value: unknown) => {
    const id = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
    if (!Number.isSafeInteger(id) || id <= 0) return;
    if (typeof value === "string" && !ID.test(value)) return;
    let set = ids.get(kind);
    if (!set) {
      set = new Set();
      ids.set(kind, set);
    }
    set.add(id);
  };
  for (const entry of entries) {
    const kind = entityKind(entry.entity_type);
    if (kind) add(kind, entry.entity_id);
    for (const [key, value] of Object.entries(entry.details)) {
      const referenced = DETAIL_REFERENCES[key];
      if (!referenced) continue;
      for (const item of Array.isArray(value) ? value : [value]) add(referenced, item);
    }
  }
  return ids;
}

/** "Formannskapet 10. desember 2026" */
const meetingLabel = (bodyName: string, startsAt: Date) => `${bodyName} ${formatDate(startsAt)}`;

const personName = (row: { given_name: string; family_name: string }) =>
  `${row.given_name} ${row.family_name}`;

/**
 * Names every record a page of the log refers to, a query per kind of record: the log is read
 * by the secretariat, who see exempt titles anyway, so titles are shown as they are.
 */
export async function loadAuditSubjects(
  db: Database,
  entries: AuditPage["entries"],
): Promise<AuditSubjects> {
  const ids = collectIds(entries);
  const subjects: AuditSubjects = new Map();
  const list = (kind: SubjectKind) => [...(ids.get(kind) ?? [])];
  const set = (kind: SubjectKind, id: number, subject: AuditSubject) =>
    subjects.set(subjectKey(kind, id), subject);

  // Letters, memberships, documents and agenda items name the meetings, bodies and cases they
  // belong to, so those are looked up first and joined in below.
  const letterIds = list("agenda_item_letter");
  const letters =
    letterIds.length === 0
      ? []
      : await db
          .selectFrom("agenda_item_letter as l")
          .innerJoin("agenda_item as a", "a.id", "l.agenda_item_id")
          .innerJoin("meeting as m", "m.id", "a.meeting_id")
          .innerJoin("body as b", "b.id", "m.body_id")
          .select([
            "l.id",
            "l.journal_reference",
            "a.id as item_id",
            "m.id as meeting_id",
            "m.starts_at",
            "b.name as body_name",
          ])
          .where("l.id", "in", letterIds)
          .execute();
  for (const letter of letters)
    set("agenda_item_letter", letter.id, {
      label: `Brev ${letter.journal_reference} i referatsak, ${meetingLabel(letter.body_name, letter.starts_at)}`,
      href: `/admin/moter/${letter.meeting_id}/saker/${letter.item_id}#brev`,
      resource: "meeting",
    });

  const itemIds = list("agenda_item");
  const items =
    itemIds.length === 0
      ? []
      : await db
          .selectFrom("agenda_item as a")
          .innerJoin("meeting as m", "m.id", "a.meeting_id")
          .innerJoin("body as b", "b.id", "m.body_id")
          .leftJoin("case as c", "c.id", "a.case_id")
          .select([
            "a.id",
            "a.title as entry_title",
            "c.title as case_title",
            "m.id as meeting_id",
            "m.starts_at",
            "b.name as body_name",
          ])
          .where("a.id", "in", itemIds)
          .execute();
  for (const item of items)
    set("agenda_item", item.id, {
      label: `«${item.case_title ?? item.entry_title ?? "Punkt"}» på sakslisten, ${meetingLabel(item.body_name, item.starts_at)}`,
      href: `/admin/moter/${item.meeting_id}/saker/${item.id}`,
      resource: "meeting",
    });

  const membershipIds = list("membership");
  const memberships =
    membershipIds.length === 0
      ? []
      : await db
          .selectFrom("membership as ms")
          .innerJoin("person as p", "p.id", "ms.person_id")
          .innerJoin("body as b", "b.id", "ms.body_id")
          .select([
            "ms.id",
            "ms.role",
            "ms.substitute_rank",
            "ms.body_id",
            "ms.term_id",
            "p.given_name",
            "p.family_name",
            "b.name as body_name",
          ])
          .where("ms.id", "in", membershipIds)
          .execute();
  for (const membership of memberships) {
    const role =
      membership.role === "substitute" && membership.substitute_rank !== null
        ? `${membership.substitute_rank}. varamedlem`
        : ROLE_LABELS[membership.role].toLowerCase();
    set("membership", membership.id, {
      label: `${personName(membership)}, ${role} i ${membership.body_name}`,
      href: `${BODIES_PATH}/${membership.body_id}?valgperiode=${membership.term_id}`,
      resource: "body",
    });
  }

  const documentIds = list("document");
  const documents =
    documentIds.length === 0
      ? []
      : await db
          .selectFrom("document as d")
          .leftJoin("case as c", "c.id", "d.case_id")
          .select(["d.id", "d.title", "d.case_id", "c.title as case_title"])
          .where("d.id", "in", documentIds)
          .execute();
  for (const document of documents)
    set("document", document.id, {
      label:
        document.case_title !== null
          ? `«${document.title}» i saken «${document.case_title}»`
          : `«${document.title}»`,
      href: document.case_id !== null ? `/admin/saker/${document.case_id}/dokumenter` : null,
      resource: document.case_id !== null ? "case" : null,
    });

  const meetingIds = list("meeting");
  for (const meeting of meetingIds.length === 0
    ? []
    : await db
        .selectFrom("meeting as m")
        .innerJoin("body as b", "b.id", "m.body_id")
        .select(["m.id", "m.starts_at", "b.name as body_name"])
        .where("m.id", "in", meetingIds)
        .execute())
    set("meeting", meeting.id, {
      label: `Møtet i ${meetingLabel(meeting.body_name, meeting.starts_at)}`,
      href: `/admin/moter/${meeting.id}`,
      resource: "meeting",
    });

  const bodyIds = list("body");
  for (const body of bodyIds.length === 0
    ? []
    : await db.selectFrom("body").select(["id", "name"]).where("id", "in", bodyIds).execute())
    set("body", body.id, { label: body.name, href: `${BODIES_PATH}/${body.id}`, resource: "body" });

  const personIds = list("person");
  for (const person of personIds.length === 0
    ? []
    : await db
        .selectFrom("person")
        .select(["id", "given_name", "family_name"])
        .where("id", "in", personIds)
        .execute())
    set("person", person.id, {
      label: personName(person),
      href: `${PERSONS_PATH}/${person.id}`,
      resource: "person",
    });

  const caseIds = list("case");
  for (const row of caseIds.length === 0
    ? []
    : await db
        .selectFrom("case")
        .select(["id", "title", "archive_case_number"])
        .where("id", "in", caseIds)
        .execute())
    set("case", row.id, {
      label: `Sak ${row.archive_case_number}: ${row.title}`,
      href: `/admin/saker/${row.id}`,
      resource: "case",
    });

  const userIds = list("app_user");
  for (const user of userIds.length === 0
    ? []
    : await db
        .selectFrom("app_user")
        .select(["id", "display_name", "username"])
        .where("id", "in", userIds)
        .execute())
    set("app_user", user.id, {
      label: `${user.display_name} (${user.username})`,
      href: `${USERS_PATH}/${user.id}`,
      resource: "user",
    });

  const partyIds = list("party");
  for (const party of partyIds.length === 0
    ? []
    : await db.selectFrom("party").select(["id", "name"]).where("id", "in", partyIds).execute())
    set("party", party.id, {
      label: party.name,
      href: `${PARTIES_PATH}/${party.id}/rediger`,
      resource: "party",
    });

  const termIds = list("term");
  for (const term of termIds.length === 0
    ? []
    : await db.selectFrom("term").select(["id", "name"]).where("id", "in", termIds).execute())
    set("term", term.id, {
      label: `Valgperioden ${term.name}`,
      href: `${TERMS_PATH}/${term.id}/rediger`,
      resource: "term",
    });

  const municipalityIds = list("municipality");
  for (const municipality of municipalityIds.length === 0
    ? []
    : await db
        .selectFrom("municipality")
        .select(["id", "name"])
        .where("id", "in", municipalityIds)
        .execute())
    set("municipality", municipality.id, {
      label: municipality.name,
      href: null,
      resource: null,
    });
  return subjects;
}
