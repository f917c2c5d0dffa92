import type { Database } from "../../db/database.ts";
import type { MeetingPapersView } from "../../documents/meeting-papers.ts";
import { caseNumberLabel, formatMeetingNumber, seriesYear } from "../../domain/numbering.ts";
import { osloDay } from "../../domain/time.ts";

/**
 * What the notice and agendas of one publication show: the meeting, its chair on the meeting
 * date, the agenda as it stands and the change log the publication announces. Null when the
 * publication is gone.
 */
export async function loadPapersView(
  db: Database,
  publicationId: number,
): Promise<MeetingPapersView | null> {
  const publication = await db
    .selectFrom("meeting_publication as p")
    .innerJoin("meeting as m", "m.id", "p.meeting_id")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select([
      "p.id",
      "p.version",
      "p.kind",
      "p.requested_at",
      "m.id as meeting_id",
      "m.body_id",
      "m.starts_at",
      "m.ends_at",
      "m.location",
      "m.room",
      "m.is_remote",
      "m.series_year",
      "m.series_number",
      "b.name as body_name",
    ])
    .where("p.id", "=", publicationId)
    .executeTakeFirst();
  if (!publication) return null;
  const day = osloDay(publication.starts_at);
  const [municipality, chair, items, changes] = await Promise.all([
    db.selectFrom("municipality").select("name").orderBy("id").executeTakeFirst(),
    db
      .selectFrom("membership as ms")
      .innerJoin("person as p", "p.id", "ms.person_id")
      .select(["p.given_name", "p.family_name"])
      .where("ms.body_id", "=", publication.body_id)
      .where("ms.role", "=", "leader")
      .where("ms.starts_on", "<=", day)
      .where((eb) => eb.or([eb("ms.ends_on", "is", null), eb("ms.ends_on", ">=", day)]))
      .orderBy("ms.starts_on", "desc")
      .executeTakeFirst(),
    db
      .selectFrom("agenda_item as a")
      .leftJoin("case as c", "c.id", "a.case_id")
      .select((eb) => [
        "a.case_type",
        "a.series_year",
        "a.series_number",
        eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
        "c.public_title",
        "c.access",
        "c.exemption_basis",
        "a.is_closed",
        "a.closed_basis",
        "a.withdrawn_reason",
        "a.added_after_notice_at",
      ])
      .where("a.meeting_id", "=", publication.meeting_id)
      .orderBy("a.position")
      .execute(),
    db
      .selectFrom("meeting_change")
      .select("description")
      .where("meeting_id", "=", publication.meeting_id)
      .where((eb) =>
        eb.or([eb("publication_id", "is", null), eb("publication_id", "=", publicationId)]),
      )
      .orderBy("at")
      .orderBy("id")
      .execute(),
  ]);
  return {
    municipality: municipality?.name ?? "",
    bodyName: publication.body_name,
    meetingNumber: formatMeetingNumber({
      year: publication.series_year ?? seriesYear(publication.starts_at),
      number: publication.series_number ?? 0,
    }),
    startsAt: publication.starts_at,
    endsAt: publication.ends_at,
    location: publication.location,
    room: publication.room,
    isRemote: publication.is_remote,
    chair: chair ? `${chair.given_name} ${chair.family_name}` : null,
    version: publication.version,
    kind: publication.kind,
    issuedAt: publication.requested_at,
    items: items.map((item) => ({
      number: caseNumberLabel({
        caseType: item.case_type,
        year: item.series_year,
        number: item.series_number,
      }),
      title: item.title,
      publicTitle: item.public_title,
      exemptionBasis: item.access === "exempt" ? (item.exemption_basis ?? "") : null,
      closedBasis: item.is_closed ? (item.closed_basis ?? "") : null,
      withdrawnReason: item.withdrawn_reason,
      addedAfterNotice: item.added_after_notice_at !== null,
    })),
    changes: changes.map((change) => change.description),
  };
}
