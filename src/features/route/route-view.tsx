import { TableScroll } from "../../web/table-scroll.tsx";
import type { DiffPart, RouteModel, RouteStepModel, TreatmentModel } from "./route-presenter.ts";

export type { RouteModel } from "./route-presenter.ts";

/**
 * The route as a table (step, body, meeting date, case number, outcome), then each decision
 * compared word by word with the administration's recommendation. Removed and added words are
 * <del> and <ins> with a hidden "fjernet:"/"lagt til:" before them, so a screen reader says what
 * changed and the difference does not rest on colour or strike-through alone.
 */
export function RouteTreatments({
  route,
  headingLevel,
}: {
  route: RouteModel;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const decided = route.steps.flatMap((step) =>
    step.treatments.filter((t) => t.decision || t.withheld).map((t) => ({ step, t })),
  );
  const showPlanned = route.steps.some((step) => step.planned !== null);
  return (
    <section aria-labelledby="saksgang" class="fs-stack">
      <Heading class="ds-heading" data-size={headingLevel === 2 ? "lg" : "md"} id="saksgang">
        Saksgang
      </Heading>
      <TableScroll label={"Saksgang"}>
        <table class="ds-table" data-border="true">
          <caption class="ds-sr-only">
            Saksgang: utvalgene som behandler saken, i rekkefølge
          </caption>
          <thead>
            <tr>
              <th scope="col">Steg</th>
              <th scope="col">Utvalg</th>
              <th scope="col">Møtedato</th>
              <th scope="col">Saksnr.</th>
              <th scope="col">Utfall</th>
            </tr>
          </thead>
          <tbody>
            {route.steps.flatMap((step) =>
              step.treatments.length === 0
                ? [
                    <StepRow
                      key={step.key}
                      step={step}
                      treatment={null}
                      showPlanned={showPlanned}
                    />,
                  ]
                : step.treatments.map((t) => (
                    <StepRow key={t.key} step={step} treatment={t} showPlanned={showPlanned} />
                  )),
            )}
          </tbody>
        </table>
      </TableScroll>
      {decided.length > 0 ? (
        <>
          <Sub class="ds-heading" data-size="sm">
            {route.compared
              ? "Vedtakene sammenlignet med kommunedirektørens innstilling"
              : "Vedtakene"}
          </Sub>
          {decided.map(({ step, t }) => (
            <div key={t.key} class="fs-stack">
              <p class="ds-paragraph">
                <strong>
                  {step.bodyName} {t.decision?.dateLabel ?? t.withheld?.dateLabel}, {t.caseNumber}
                </strong>
                {t.decision?.unchanged ? ": vedtatt som innstilt." : ":"}
              </p>
              {t.withheld ? (
                <p class="ds-paragraph">
                  Vedtaket er ikke offentlig
                  {t.withheld.basis ? ` (${t.withheld.basis})` : ""}.
                </p>
              ) : null}
              {t.decision && !t.decision.unchanged ? (
                route.compared ? (
                  <WordDiff parts={t.decision.parts} />
                ) : (
                  <p class="ds-paragraph fs-lines">{t.decision.parts.map((part) => part.text)}</p>
                )
              ) : null}
              {t.vote ? <p class="ds-paragraph">Votering: {t.vote}</p> : null}
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}

function StepRow({
  step,
  treatment,
  showPlanned,
}: {
  step: RouteStepModel;
  treatment: TreatmentModel | null;
  showPlanned: boolean;
}) {
  return (
    <tr>
      <td>{step.position}</td>
      <th scope="row">
        {step.bodyHref ? (
          <a class="ds-link" href={step.bodyHref}>
            {step.bodyName}
          </a>
        ) : (
          step.bodyName
        )}
      </th>
      <td>
        {treatment ? (
          <a class="ds-link" href={treatment.meeting.href}>
            {treatment.meeting.dateLabel}
          </a>
        ) : showPlanned && step.planned ? (
          <span class="fs-meta">Planlagt {step.planned}</span>
        ) : (
          <span class="fs-meta">Ikke satt opp</span>
        )}
      </td>
      <td>{treatment?.caseNumber ?? ""}</td>
      <td>{treatment?.outcome ?? <span class="fs-meta">Ikke behandlet</span>}</td>
    </tr>
  );
}

/** The decision as text, with what the recommendation had and the decision has not, and back. */
export function WordDiff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p class="ds-paragraph fs-lines fs-diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          part.text
        ) : part.kind === "removed" ? (
          <del key={index}>
            <span class="ds-sr-only">fjernet: </span>
            {part.text}
          </del>
        ) : (
          <ins key={index}>
            <span class="ds-sr-only">lagt til: </span>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}
