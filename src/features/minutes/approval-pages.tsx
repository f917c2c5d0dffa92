import type { FieldErrors } from "../../commit/outcome.ts";
import { formatDate, formatTime } from "../../domain/time.ts";
import { DataTable, PostForm } from "../../web/admin-components.tsx";
import { Checkbox, ErrorSummary, TextArea } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingName, meetingTrail } from "../meetings/meeting-labels.ts";
import type { MinutesApprovalView, MinutesVersionRow } from "./approval-queries.ts";
import type { MinutesSigning, SignerStatus } from "./signing-queries.ts";

export const SIGNING_FIELD_LABELS = { confirm: "Bekreftelse" };
export const CORRECTION_FIELD_LABELS = { reason: "Hvorfor protokollen rettes" };

const at = (when: Date): string => `${formatDate(when)} kl. ${formatTime(when)}`;

const VERSION_KIND_LABELS: Record<MinutesVersionRow["kind"], string> = {
  draft: "Utkast, ikke godkjent",
  final: "Godkjent",
  correction: "Rettet etter godkjenning",
};

function SignerTable({ signers, caption }: { signers: SignerStatus[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={["Navn", "Signert"]}>
      {signers.map((signer) => (
        <tr key={signer.personId}>
          <td>{signer.name}</td>
          <td>{signer.signedAt ? at(signer.signedAt) : "Ikke signert"}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function approvalLine(view: { approvedAt: Date | null; approvedInMeeting: string | null }) {
  if (view.approvedAt === null) return null;
  return view.approvedInMeeting
    ? `Protokollen ble godkjent av utvalget i ${view.approvedInMeeting}, ${at(view.approvedAt)}.`
    : `Protokollen ble godkjent ved signering ${at(view.approvedAt)}.`;
}

/**
 * The member's page for signing the minutes in their own login: the version to read, what the
 * signature means, and who has signed so far.
 */
export function SigningPage({
  ctx,
  meeting,
  signing,
  personId,
  errors,
}: {
  ctx: PageContext;
  meeting: { id: number; bodyName: string; startsAt: Date };
  signing: MinutesSigning;
  personId: number;
  errors: FieldErrors;
}) {
  const name = meetingName(meeting.bodyName, meeting.startsAt);
  const latest = signing.latest;
  const mine = signing.signers.find((signer) => signer.personId === personId);
  const open = !signing.approved && signing.approval === "signatures" && latest?.kind === "draft";
  return (
    <AdminLayout
      ctx={ctx}
      title={`Protokoll – ${name}`}
      trail={[
        { href: "/mine-moter", label: "Mine møter" },
        { href: `/mine-moter/${meeting.id}`, label: name },
        {
          href: `/mine-moter/${meeting.id}/protokoll/signering`,
          label: "Signering av protokollen",
        },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        Protokoll fra {name}
      </h1>
      <ErrorSummary errors={errors} labels={SIGNING_FIELD_LABELS} />
      {signing.approved ? (
        <p class="ds-paragraph">
          {approvalLine({ approvedAt: signing.approvedAt, approvedInMeeting: null })}
        </p>
      ) : null}
      {latest === null ? (
        <p class="ds-paragraph">Protokollen er ikke lagt fram for signering ennå.</p>
      ) : (
        <section aria-labelledby="versjonen" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="versjonen">
            Versjon {latest.version}
          </h2>
          <p class="ds-paragraph">
            {VERSION_KIND_LABELS[latest.kind]}
            {signing.latestPublishedAt ? `, lagt fram ${at(signing.latestPublishedAt)}` : ""}.
          </p>
          <p class="ds-paragraph">
            <a
              class="ds-link"
              href={`/mine-moter/${meeting.id}/protokoll/signering/${latest.id}/protokoll.pdf`}
            >
              Les protokollen, versjon {latest.version} (PDF)
            </a>
          </p>
        </section>
      )}
      {open && latest && mine && mine.signedAt === null ? (
        <section aria-labelledby="signer" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="signer">
            Signer protokollen
          </h2>
          <p class="ds-paragraph">
            Når du signerer, bekrefter du at versjon {latest.version} av protokollen gir en riktig
            framstilling av møtet. Signaturen lagres med navnet ditt og tidspunktet, og gjelder bare
            denne versjonen: kommer det en ny versjon, må du lese og signere den. Protokollen er
            godkjent når alle som er valgt, har signert samme versjon.
          </p>
          <PostForm
            action={`/mine-moter/${meeting.id}/protokoll/signering`}
            csrfToken={ctx.csrfToken}
          >
            <input type="hidden" name="versionId" value={String(latest.id)} />
            <Checkbox
              name="confirm"
              label={`Jeg har lest versjon ${latest.version} av protokollen og signerer den.`}
              checked={false}
              error={errors.confirm}
            />
            <button type="submit" class="ds-button" data-variant="primary">
              Signer protokollen
            </button>
          </PostForm>
        </section>
      ) : null}
      {mine?.signedAt ? (
        <p class="ds-paragraph">Du signerte denne versjonen {at(mine.signedAt)}.</p>
      ) : null}
      <section aria-labelledby="signaturer" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="signaturer">
          Signaturer
        </h2>
        <SignerTable
          signers={signing.signers}
          caption={latest ? `Signaturer på versjon ${latest.version}` : "Valgt til å signere"}
        />
      </section>
    </AdminLayout>
  );
}

/**
 * The secretariat's view of the approval: how the minutes are approved, who has signed the
 * latest version and who has not, the versions published, and the correction of approved
 * minutes with its reason.
 */
export function ApprovalPage({
  ctx,
  view,
  values,
  errors,
}: {
  ctx: PageContext;
  view: MinutesApprovalView;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const name = meetingName(view.bodyName, view.startsAt);
  const { signing } = view;
  const waiting = signing.signers.filter((signer) => signer.signedAt === null);
  return (
    <AdminLayout
      ctx={ctx}
      title={`Godkjenning av protokollen – ${name}`}
      trail={meetingTrail({ id: view.meetingId, name })}
    >
      <h1 class="ds-heading" data-size="lg">
        Godkjenning av protokollen
      </h1>
      <ErrorSummary errors={errors} labels={CORRECTION_FIELD_LABELS} />
      <p class="ds-paragraph">
        {approvalLine(view) ??
          (signing.approval === "meeting"
            ? "Protokollen godkjennes av utvalget i et senere møte, i saken «Godkjenning av protokoll». Saken må nevne møtets dato eller nummer."
            : signing.signers.length === 0
              ? "Ingen er valgt til å signere protokollen ennå."
              : signing.latest?.kind === "draft"
                ? `Protokollen er godkjent når alle som er valgt, har signert versjon ${signing.latest.version}. ${waiting.length} av ${signing.signers.length} har ikke signert.`
                : "Protokollen er ikke lagt fram for signering ennå.")}
      </p>
      {signing.signers.length > 0 ? (
        <SignerTable
          signers={signing.signers}
          caption={
            signing.latest
              ? `Signaturer på versjon ${signing.latest.version}`
              : "Valgt til å signere"
          }
        />
      ) : null}
      <section aria-labelledby="versjoner" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="versjoner">
          Versjoner
        </h2>
        {view.versions.length === 0 ? (
          <p class="ds-paragraph">Ingen versjon av protokollen er publisert ennå.</p>
        ) : (
          <DataTable
            caption="Publiserte versjoner"
            hideCaption
            columns={["Versjon", "Type", "Publisert", "Begrunnelse"]}
          >
            {view.versions.map((version) => (
              <tr key={version.id}>
                <td>{version.version}</td>
                <td>{VERSION_KIND_LABELS[version.kind]}</td>
                <td>{version.publishedAt ? at(version.publishedAt) : "Lages nå"}</td>
                <td>{version.reason ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {signing.approved ? (
        <section aria-labelledby="retting" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="retting">
            Rett godkjent protokoll
          </h2>
          <p class="ds-paragraph">
            En godkjent protokoll overskrives aldri. En retting blir en ny versjon med begrunnelsen
            trykt i protokollen, og versjonene før den blir stående.
          </p>
          <PostForm
            action={`/admin/moter/${view.meetingId}/godkjenning/retting`}
            csrfToken={ctx.csrfToken}
          >
            <TextArea
              name="reason"
              label={CORRECTION_FIELD_LABELS.reason}
              description="Står i protokollen, for eksempel «Feil stemmetall i PS 12/2026 er rettet.»"
              value={values.reason ?? ""}
              error={errors.reason}
            />
            <button type="submit" class="ds-button" data-variant="primary">
              Lag rettet versjon
            </button>
          </PostForm>
        </section>
      ) : null}
    </AdminLayout>
  );
}
