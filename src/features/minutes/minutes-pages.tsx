import { formatDate, formatTime } from "../../domain/time.ts";
import { Layout, type PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { type PublishedMinutes, VERSION_KIND_LABELS } from "./minutes-version-queries.ts";
import { MinutesView } from "./minutes-view.tsx";
import { minutesTitle } from "./minutes-wording.ts";

const at = (date: Date): string => `${formatDate(date)} kl. ${formatTime(date)}`;

const pages = (count: number | null): string =>
  count === null ? "" : `, ${count} ${count === 1 ? "side" : "sider"}`;

/** The public PDF of a version; each version keeps its own address. */
export const publicMinutesPdfHref = (meetingId: number, version: PublishedMinutes): string =>
  `/moter/${meetingId}/protokoll/versjon/${version.version}/${encodeURIComponent(version.pdf.fileName)}`;

function VersionLine({
  version,
}: {
  version: Pick<PublishedMinutes, "version" | "kind" | "publishedAt">;
}) {
  return (
    <p class="ds-paragraph">
      Versjon {version.version}, {VERSION_KIND_LABELS[version.kind].toLowerCase()}, publisert{" "}
      <time dateTime={version.publishedAt.toISOString()}>{at(version.publishedAt)}</time>.
    </p>
  );
}

/**
 * The public minutes of a meeting (/moter/:id/protokoll): the latest published version from
 * its public content, its PDF, and the earlier versions with their reason. Only what
 * public_minutes_version holds reaches this page.
 */
export function PublicMinutesPage({
  ctx,
  meeting,
  versions,
}: {
  ctx: PageContext;
  meeting: { id: number; name: string };
  versions: readonly [PublishedMinutes, ...PublishedMinutes[]];
}) {
  const [latest, ...earlier] = versions;
  const title = `Protokoll: ${minutesTitle(latest.minutes)}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/", label: "Forside" },
        { href: `/moter/${meeting.id}`, label: meeting.name },
      ]}
    >
      <h1 class="ds-heading" data-size="xl">
        {title}
      </h1>
      <VersionLine version={latest} />
      {latest.reason ? <p class="ds-paragraph">Rettet fordi: {latest.reason}</p> : null}
      <p class="ds-paragraph">
        <a class="ds-link" href={publicMinutesPdfHref(meeting.id, latest)}>
          Protokollen som PDF{pages(latest.pdf.pageCount)}
        </a>
      </p>
      <MinutesView minutes={latest.minutes} />
      {earlier.length > 0 ? (
        <section aria-labelledby="tidligere-versjoner" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="tidligere-versjoner">
            Tidligere versjoner
          </h2>
          <ul class="ds-list">
            {earlier.map((version) => (
              <li key={version.version}>
                <a class="ds-link" href={publicMinutesPdfHref(meeting.id, version)}>
                  Versjon {version.version}, {VERSION_KIND_LABELS[version.kind].toLowerCase()} (PDF
                  {pages(version.pdf.pageCount)})
                </a>
                , publisert {at(version.publishedAt)}
                {version.reason ? `. Rettet fordi: ${version.reason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** The members' minutes in «Mine møter»: everything, exempt items included. */
export function MembersMinutesPage({
  ctx,
  meeting,
  version,
  pdfHref,
}: {
  ctx: PageContext;
  meeting: { id: number; name: string };
  version: Omit<PublishedMinutes, "reason">;
  pdfHref: string;
}) {
  const title = `Protokoll: ${minutesTitle(version.minutes)}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={title}
      trail={[
        { href: "/mine-moter", label: "Mine møter" },
        { href: `/mine-moter/${meeting.id}`, label: meeting.name },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        Medlemmenes utgave. Den kan inneholde opplysninger som er unntatt offentlighet. Ikke del den
        videre.
      </p>
      <VersionLine version={version} />
      <p class="ds-paragraph">
        <a class="ds-link" href={pdfHref}>
          Protokollen som PDF{pages(version.pdf.pageCount)}
        </a>
      </p>
      <MinutesView minutes={version.minutes} />
    </AdminLayout>
  );
}
