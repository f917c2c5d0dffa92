import type { DocumentLink } from "./presenters/document.ts";
import { EXEMPT_LABEL, type Exemption, type TagColor } from "./presenters/labels.ts";
import type { MeetingSummary } from "./presenters/meeting.ts";

/** Small pieces shared by the portal's pages. */

export function Tag({ color, children }: { color: TagColor; children: string }) {
  return (
    <span class="ds-tag" data-color={color} data-size="sm">
      {children}
    </span>
  );
}

export function ExemptNotice({ exemption }: { exemption: Exemption }) {
  return (
    <span class="fs-actions">
      <Tag color="warning">{EXEMPT_LABEL}</Tag>
      <span class="fs-meta">Hjemmel: {exemption.basis}</span>
    </span>
  );
}

/** One meeting as a list entry; the body's name is the link text, the day is given around it. */
export function MeetingEntry({
  meeting,
  showDate,
}: {
  meeting: MeetingSummary;
  showDate: boolean;
}) {
  return (
    <li>
      <a class="ds-link" href={meeting.href}>
        {meeting.bodyName}
        {showDate ? `, ${meeting.dateLabel}` : ""}
      </a>
      <div class="fs-actions fs-entry-meta">
        <Tag color={meeting.status.color}>{meeting.status.label}</Tag>
        {meeting.isRemote ? <Tag color="info">Fjernmøte</Tag> : null}
        <span class="ds-paragraph fs-meta" data-size="sm">
          Kl. {meeting.timeLabel}
          {meeting.placeLabel ? `, ${meeting.placeLabel}` : ""}
          {meeting.numberLabel ? ` (${meeting.numberLabel.toLowerCase()})` : ""}
        </span>
      </div>
    </li>
  );
}

export function MeetingList({
  meetings,
  empty,
}: {
  meetings: readonly MeetingSummary[];
  empty: string;
}) {
  if (meetings.length === 0) return <p class="ds-paragraph">{empty}</p>;
  return (
    <ul class="fs-list">
      {meetings.map((meeting) => (
        <MeetingEntry key={meeting.id} meeting={meeting} showDate={true} />
      ))}
    </ul>
  );
}

export function DocumentList({ documents }: { documents: readonly DocumentLink[] }) {
  return (
    <ul class="ds-list">
      {documents.map((document) => (
        <li key={document.id}>
          <a class="ds-link" href={document.href}>
            {document.title}
          </a>{" "}
          <span class="fs-meta">
            ({document.kindLabel}, {document.fileName})
          </span>
          {document.redactedNote ? <div class="fs-meta">{document.redactedNote}</div> : null}
        </li>
      ))}
    </ul>
  );
}

export function Paragraphs({ texts }: { texts: readonly string[] }) {
  return (
    <div class="fs-text">
      {texts.map((text) => (
        <p class="ds-paragraph" key={text}>
          {text}
        </p>
      ))}
    </div>
  );
}
