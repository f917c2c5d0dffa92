import { MEETING_STATUS_LABELS } from "../../domain/labels.ts";
import { formatWeekdayDate } from "../../domain/time.ts";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingHours, meetingName } from "../meetings/meeting-labels.ts";
import type { MyMeeting, MyMeetingEntry, MyPaper } from "./my-meetings-queries.ts";

const TRAIL = [{ href: "/mine-moter", label: "Mine møter" }];

export const paperUrl = (meetingId: number, paper: MyPaper): string =>
  `/mine-moter/${meetingId}/dokumenter/${paper.id}/${encodeURIComponent(paper.fileName)}`;

/** The meetings a member sits in or is called to, whose papers are out. */
export function MyMeetingsPage({
  ctx,
  meetings,
}: {
  ctx: PageContext;
  meetings: MyMeetingEntry[];
}) {
  return (
    <AdminLayout ctx={ctx} title="Mine møter" trail={TRAIL}>
      <h1 class="ds-heading" data-size="lg">
        Mine møter
      </h1>
      <p class="ds-paragraph">
        Møtene i utvalgene du sitter i, og møtene du er kalt inn til som varamedlem, fra de siste
        tre månedene og framover. Et møte kommer hit når innkallingen er sendt.
      </p>
      {meetings.length === 0 ? (
        <p class="ds-paragraph">Du har ingen møter med utsendte sakspapirer.</p>
      ) : (
        <ul class="ds-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <a class="ds-link" href={`/mine-moter/${meeting.id}`}>
                {meetingName(meeting.bodyName, meeting.startsAt)}
              </a>
              {meeting.asSubstitute ? " (innkalt som varamedlem)" : ""}
              {meeting.status !== "notice_published"
                ? ` – ${MEETING_STATUS_LABELS[meeting.status]}`
                : ""}
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}

function PaperLink({ meetingId, paper }: { meetingId: number; paper: MyPaper }) {
  return (
    <li>
      <a class="ds-link" href={paperUrl(meetingId, paper)}>
        {paper.title}
      </a>
      {paper.pageCount ? ` (${paper.pageCount} s.)` : ""}
      {paper.exemptionBasis !== null ? (
        <strong> Unntatt offentlighet, {paper.exemptionBasis}</strong>
      ) : null}
    </li>
  );
}

/** Every paper of one of the member's meetings, exempt ones included, each readable in the browser. */
export function MyMeetingPage({ ctx, meeting }: { ctx: PageContext; meeting: MyMeeting }) {
  const name = meetingName(meeting.bodyName, meeting.startsAt);
  const place = [meeting.location, meeting.room].filter(Boolean).join(", ");
  return (
    <AdminLayout
      ctx={ctx}
      title={name}
      trail={[...TRAIL, { href: `/mine-moter/${meeting.id}`, label: name }]}
    >
      <h1 class="ds-heading" data-size="lg">
        {name}
      </h1>
      <p class="ds-paragraph">
        {formatWeekdayDate(meeting.startsAt)} kl. {meetingHours(meeting.startsAt, meeting.endsAt)}
        {place ? `, ${place}` : ""}
        {meeting.isRemote ? " (fjernmøte)" : ""}. Innkalling versjon {meeting.version}.
      </p>
      <p class="ds-paragraph">
        Dokumenter merket «Unntatt offentlighet» er bare for medlemmene. Ikke del dem videre.
      </p>
      <section aria-labelledby="innkallingen" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="innkallingen">
          Innkalling og møtepakke
        </h2>
        <ul class="ds-list">
          {meeting.roundPapers.map((paper) => (
            <PaperLink key={paper.id} meetingId={meeting.id} paper={paper} />
          ))}
        </ul>
      </section>
      {meeting.minutes ? (
        <section aria-labelledby="protokollen" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="protokollen">
            Protokoll
          </h2>
          <p class="ds-paragraph">
            <a class="ds-link" href={`/mine-moter/${meeting.id}/protokoll`}>
              Les protokollen
            </a>
          </p>
          <ul class="ds-list">
            <PaperLink meetingId={meeting.id} paper={meeting.minutes} />
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sakene" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="sakene">
          Sakene
        </h2>
        {meeting.items.map((item, index) => (
          <article key={`${index}-${item.number}`} class="fs-stack">
            <h3 class="ds-heading" data-size="sm">
              {item.number ? `${item.number} ` : ""}
              {item.title}
            </h3>
            {item.addedAfterNotice ||
            item.withdrawnReason !== null ||
            item.exemptionBasis !== null ? (
              <p class="ds-paragraph">
                {[
                  item.addedAfterNotice ? "Tilleggssak" : "",
                  item.withdrawnReason !== null ? `Trukket: ${item.withdrawnReason}` : "",
                  item.exemptionBasis !== null
                    ? `Unntatt offentlighet, ${item.exemptionBasis}`
                    : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            ) : null}
            {item.papers.length > 0 ? (
              <ul class="ds-list">
                {item.papers.map((paper) => (
                  <PaperLink key={paper.id} meetingId={meeting.id} paper={paper} />
                ))}
              </ul>
            ) : (
              <p class="ds-paragraph fs-meta">Ingen dokumenter.</p>
            )}
          </article>
        ))}
      </section>
    </AdminLayout>
  );
}
