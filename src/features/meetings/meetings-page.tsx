import { MEETING_STATUS_LABELS } from "../../domain/labels.ts";
import { DataTable } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { BodyOption } from "../cases/queries.ts";
import { meetingHours, meetingName } from "./meeting-labels.ts";

import { MEETING_LIST_LIMIT, type MeetingListEntry, type Period } from "./queries.ts";

interface MeetingsPageProps {
  ctx: PageContext;
  meetings: MeetingListEntry[];
  bodies: BodyOption[];
  bodyId: number | null;
  period: Period;
  canCreate: boolean;
}

function listUrl(bodyId: number | null, period: Period): string {
  const query = new URLSearchParams();
  if (bodyId !== null) query.set("utvalg", String(bodyId));
  if (period === "past") query.set("tid", "tidligere");
  const text = query.toString();
  return text ? `/admin/moter?${text}` : "/admin/moter";
}

export function MeetingsPage({
  ctx,
  meetings,
  bodies,
  bodyId,
  period,
  canCreate,
}: MeetingsPageProps) {
  const heading = period === "upcoming" ? "Kommende møter" : "Tidligere møter";
  const bodyName = bodies.find((body) => body.id === bodyId)?.name;
  return (
    <AdminLayout ctx={ctx} title={heading}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <div class="fs-actions">
        {canCreate ? (
          <a class="ds-link" href="/admin/moter/ny">
            Planlegg nytt møte
          </a>
        ) : null}
        <a class="ds-link" href={listUrl(bodyId, period === "upcoming" ? "past" : "upcoming")}>
          {period === "upcoming" ? "Vis tidligere møter" : "Vis kommende møter"}
        </a>
      </div>
      <form method="get" action="/admin/moter" class="fs-actions">
        {period === "past" ? <input type="hidden" name="tid" value="tidligere" /> : null}
        <div class="ds-field">
          <label class="ds-label" for="utvalg">
            Utvalg
          </label>
          <select class="ds-input" id="utvalg" name="utvalg">
            <option value="">Alle utvalg</option>
            {bodies.map((body) => (
              <option key={body.id} value={String(body.id)} selected={body.id === bodyId}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="ds-button" data-variant="secondary">
          Vis møtene
        </button>
      </form>
      {meetings.length === 0 ? (
        <p class="ds-paragraph">
          {period === "upcoming" ? "Ingen kommende møter" : "Ingen tidligere møter"}
          {bodyName ? ` i ${bodyName}` : ""}.
        </p>
      ) : (
        <DataTable
          caption={`${heading}${bodyName ? ` i ${bodyName}` : ""}${
            meetings.length === MEETING_LIST_LIMIT ? ` (de ${MEETING_LIST_LIMIT} første)` : ""
          }`}
          columns={["Møte", "Tid", "Sted", "Status", "Saker"]}
        >
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              <td>
                <a class="ds-link" href={`/admin/moter/${meeting.id}`}>
                  {meetingName(meeting.bodyName, meeting.startsAt)}
                </a>
              </td>
              <td>{meetingHours(meeting.startsAt, meeting.endsAt)}</td>
              <td>
                {meeting.location}
                {meeting.isRemote ? (meeting.location ? " (fjernmøte)" : "Fjernmøte") : ""}
              </td>
              <td>{MEETING_STATUS_LABELS[meeting.status]}</td>
              <td>{meeting.itemCount ?? "Sendes med innkallingen"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}
