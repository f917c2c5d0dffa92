import type { FieldErrors } from "../../commit/outcome.ts";
import type { PublicationKind, PublicationStatus } from "../../db/schema.ts";
import { formatDate, formatTime } from "../../domain/time.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary, TextArea } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingTrail } from "../meetings/meeting-labels.ts";

export interface PapersOverview {
  rounds: Array<{
    id: number;
    version: number;
    kind: PublicationKind;
    status: PublicationStatus;
    requestedAt: Date;
    publishedAt: Date | null;
  }>;
  /** Changes after the notice, with the round that announced them (null: not yet sent). */
  changes: Array<{ at: Date; description: string; announcedIn: number | null }>;
  items: Array<{ id: number; label: string; withdrawn: boolean }>;
  canPublish: boolean;
}

const KIND_WORDS: Record<PublicationKind, string> = {
  notice: "Innkalling",
  supplement: "Tilleggsinnkalling",
  correction: "Oppdatert innkalling",
};
const STATUS_WORDS: Record<PublicationStatus, string> = {
  generating: "Lages",
  published: "Publisert",
  failed: "Feilet",
};

const at = (when: Date): string => `${formatDate(when)} kl. ${formatTime(when)}`;

/** The rounds of the meeting's papers and the corrections after the notice, for the secretariat. */
export function PapersPage({
  ctx,
  meeting,
  overview,
}: {
  ctx: PageContext;
  meeting: { id: number; name: string };
  overview: PapersOverview;
}) {
  const pending = overview.changes.filter((change) => change.announcedIn === null);
  return (
    <AdminLayout ctx={ctx} title={`Sakspapirer: ${meeting.name}`} trail={meetingTrail(meeting)}>
      <h1 class="ds-heading" data-size="lg">
        Sakspapirer og endringer
      </h1>
      <DataTable
        caption="Utsendinger"
        columns={["Versjon", "Hva", "Status", "Bestilt", "Publisert"]}
      >
        {overview.rounds.map((round) => (
          <tr key={round.id}>
            <td>
              <a class="ds-link" href={`/admin/moter/${meeting.id}/publisering/${round.id}`}>
                Versjon {round.version}
              </a>
            </td>
            <td>{KIND_WORDS[round.kind]}</td>
            <td>{STATUS_WORDS[round.status]}</td>
            <td>{at(round.requestedAt)}</td>
            <td>{round.publishedAt ? at(round.publishedAt) : ""}</td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="endringer" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="endringer">
          Endringer etter innkallingen
        </h2>
        {overview.changes.length === 0 ? (
          <p class="ds-paragraph">Ingen endringer.</p>
        ) : (
          <ul class="ds-list">
            {overview.changes.map((change) => (
              <li key={`${change.at.toISOString()}-${change.description}`}>
                {at(change.at)}: {change.description}
                {change.announcedIn === null ? " (ikke sendt ut ennå)" : ""}
              </li>
            ))}
          </ul>
        )}
        {overview.canPublish ? (
          <p class="ds-paragraph">
            <a
              class="ds-button"
              data-variant="primary"
              href={`/admin/moter/${meeting.id}/innkalling`}
            >
              Send oppdatert innkalling
            </a>
            {pending.length === 0 ? " Det er ingen nye endringer å sende ut." : ""}
          </p>
        ) : null}
      </section>
      {overview.canPublish ? (
        <section aria-labelledby="trekk" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="trekk">
            Trekk en sak
          </h2>
          <p class="ds-paragraph">
            En sak som trekkes etter innkallingen, beholder nummeret sitt og står som trukket.
          </p>
          <ul class="ds-list">
            {overview.items
              .filter((item) => !item.withdrawn)
              .map((item) => (
                <li key={item.id}>
                  <a class="ds-link" href={`/admin/moter/${meeting.id}/saker/${item.id}/trekk`}>
                    Trekk {item.label}
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </AdminLayout>
  );
}

/** Asks why before an item is withdrawn; works without JavaScript. */
export function WithdrawPage({
  ctx,
  meeting,
  item,
  values,
  errors,
}: {
  ctx: PageContext;
  meeting: { id: number; name: string };
  item: { id: number; label: string };
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const heading = `Trekk ${item.label}`;
  return (
    <AdminLayout ctx={ctx} title={heading} trail={meetingTrail(meeting)}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors} labels={{ reason: "Begrunnelse" }} />
      <p class="ds-paragraph">
        Saken beholder nummeret og plassen sin og vises som trukket. Endringen kommer i loggen på
        møtesiden og sendes medlemmene med neste oppdaterte innkalling.
      </p>
      <form
        method="post"
        action={`/admin/moter/${meeting.id}/saker/${item.id}/trekk`}
        class="fs-form"
      >
        <CsrfField token={ctx.csrfToken} />
        <TextArea
          name="reason"
          label="Begrunnelse"
          value={values.reason ?? ""}
          error={errors.reason}
          description="Vises for medlemmene og publikum."
        />
        <div class="fs-actions">
          <button type="submit" class="ds-button" data-variant="primary">
            Trekk saken
          </button>
          <a class="ds-link" href={`/admin/moter/${meeting.id}/sakspapirer`}>
            Avbryt
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}
