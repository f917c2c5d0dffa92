import type { JSX } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import { ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ExemptMarking } from "../cases/exempt-marking.tsx";
import { entryDescription, meetingName, meetingTrail } from "../meetings/meeting-labels.ts";
import type { MeetingDetail } from "../meetings/queries.ts";
import { consoleClosedReason } from "./console-action.ts";
import { itemLabel, timeOrDash } from "./console-labels.ts";
import { CONSOLE_FIELD_LABELS, ConsoleButton, consolePath } from "./console-page.tsx";
import type { ConsoleItem } from "./console-queries.ts";
import { LiveNotice } from "./live-notice.tsx";

export interface ConsoleItemPageProps {
  ctx: PageContext;
  meeting: MeetingDetail;
  item: ConsoleItem;
  /** The item's sections (item-sections.tsx), rendered. */
  sections: JSX.Element[];
  errors: FieldErrors;
  /** Labels of the sections' fields, for the error summary. */
  labels: Record<string, string>;
}

export const consoleItemPath = (meetingId: number, itemId: number): string =>
  `${consolePath(meetingId)}/saker/${itemId}`;

/** One item in the console: when its treatment began, and the sections that record it. */
export function ConsoleItemPage({
  ctx,
  meeting,
  item,
  sections,
  errors,
  labels,
}: ConsoleItemPageProps) {
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const base = consoleItemPath(meeting.id, item.entry.id);
  const open = consoleClosedReason(meeting.status) === null;
  return (
    <AdminLayout
      ctx={ctx}
      title={`${itemLabel(item.entry)} – møtekonsoll`}
      trail={[
        ...meetingTrail({ id: meeting.id, name }),
        { href: consolePath(meeting.id), label: "Møtekonsoll" },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {itemLabel(item.entry)}
      </h1>
      <p class="ds-paragraph">
        {entryDescription(item.entry)}
        <ExemptMarking entry={item.entry} />
      </p>
      <LiveNotice meetingId={meeting.id} />
      <ErrorSummary errors={errors} labels={{ ...CONSOLE_FIELD_LABELS, ...labels }} />
      {item.withdrawn ? <p class="ds-paragraph">Saken er trukket.</p> : null}
      <dl class="fs-facts">
        <dt>Behandlingen startet</dt>
        <dd>{timeOrDash(item.startedAt)}</dd>
      </dl>
      {open &&
      item.startedAt === null &&
      !item.withdrawn &&
      meeting.opened_at !== null &&
      meeting.closed_at === null ? (
        <ConsoleButton ctx={ctx} action={`${base}/start`} label="Start behandlingen" />
      ) : null}
      {sections}
    </AdminLayout>
  );
}
