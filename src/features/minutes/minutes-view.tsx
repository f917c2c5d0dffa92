import { Fragment } from "preact";
import { Tag } from "../portal/components.tsx";
import type { Minutes, MinutesItem } from "./minutes-model.ts";
import {
  absentLine,
  DRAFT_NOTE,
  headerTexts,
  itemHeading,
  itemMarks,
  minutesFacts,
  paragraphsOf,
  presentLine,
  signerLine,
  substituteLine,
  withheldLine,
} from "./minutes-wording.ts";

/** A text of the minutes: paragraphs on blank lines, each line as the secretary wrote it. */
function Text({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((lines, index) => (
        <p class="ds-paragraph" key={index}>
          {lines.map((line, at) => (
            <Fragment key={at}>
              {at > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

function NameList({ id, title, names }: { id: string; title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 class="ds-heading" data-size="sm" id={id}>
        {title}
      </h2>
      <ul class="ds-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}

function Item({ item }: { item: MinutesItem }) {
  const id = `sak-${item.agendaItemId}`;
  return (
    <section aria-labelledby={id} class="fs-stack fs-minutes-item">
      <h2 class="ds-heading" data-size="md" id={id}>
        {itemHeading(item)}
      </h2>
      {itemMarks(item).length > 0 ? (
        <div class="fs-actions">
          {item.exemptBasis ? <Tag color="warning">Lukket eller unntatt</Tag> : null}
          {item.withdrawnReason !== null ? <Tag color="danger">Trukket</Tag> : null}
          {itemMarks(item).map((mark) => (
            <span class="fs-meta" key={mark}>
              {mark}
            </span>
          ))}
        </div>
      ) : null}
      {item.treatment.length > 0 ? (
        <>
          <h3 class="ds-heading" data-size="xs">
            Behandling
          </h3>
          {item.treatment.map((paragraph) => (
            <div key={paragraph.key}>
              {paragraph.heading ? (
                <p class="ds-paragraph">
                  <strong>{paragraph.heading}</strong>
                </p>
              ) : null}
              <Text text={paragraph.text} />
            </div>
          ))}
        </>
      ) : null}
      {item.decision ? (
        <>
          <h3 class="ds-heading" data-size="xs">
            Vedtak
          </h3>
          <div class="fs-decision">
            <Text text={item.decision.text} />
          </div>
        </>
      ) : item.decisionWithheldBasis !== null ? (
        <>
          <h3 class="ds-heading" data-size="xs">
            Vedtak
          </h3>
          <p class="ds-paragraph">{withheldLine(item.decisionWithheldBasis)}</p>
        </>
      ) : null}
    </section>
  );
}

/**
 * The minutes as they read on a page, from the same value the PDF is made from: the header with
 * who met, each item's treatment and decision, and the signers. A draft says clearly that it is
 * not approved. The page around it gives the h1.
 */
export function MinutesView({ minutes }: { minutes: Minutes }) {
  return (
    <div class="fs-stack fs-minutes">
      {minutes.approved ? (
        <p class="fs-actions">
          <Tag color="success">Godkjent</Tag>
        </p>
      ) : (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">
            <strong>Ikke godkjent.</strong> {DRAFT_NOTE}
          </p>
        </div>
      )}
      <dl class="fs-facts">
        {minutesFacts(minutes).map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <NameList id="til-stede" title="Til stede" names={minutes.present.map(presentLine)} />
      <NameList id="forfall" title="Forfall" names={minutes.absent.map(absentLine)} />
      <NameList
        id="varamedlemmer"
        title="Varamedlemmer"
        names={minutes.substitutes.map(substituteLine)}
      />
      {headerTexts(minutes).map((part) => (
        <section key={part.title}>
          <h2 class="ds-heading" data-size="sm">
            {part.title}
          </h2>
          <Text text={part.text} />
        </section>
      ))}
      {minutes.items.length === 0 ? (
        <p class="ds-paragraph">Møtet behandlet ingen saker.</p>
      ) : (
        minutes.items.map((item) => <Item item={item} key={item.agendaItemId} />)
      )}
      {minutes.signers.length > 0 ? (
        <section aria-labelledby="underskrifter">
          <h2 class="ds-heading" data-size="md" id="underskrifter">
            Underskrifter
          </h2>
          <p class="ds-paragraph">Protokollen godkjennes og underskrives av:</p>
          <ul class="ds-list">
            {minutes.signers.map((signer) => (
              <li key={signer.personId}>{signerLine(signer)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
