import type { ComponentChildren } from "preact";
import { CsrfField } from "./forms.tsx";
import { TableScroll } from "./table-scroll.tsx";

/** Pieces the workspace's pages share, so lists, forms and notices look and read the same. */

/** A link on a line of its own, such as "Ny person" above a list. */
export function ParagraphLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <p class="ds-paragraph">
      <a class="ds-link" href={href}>
        {children}
      </a>
    </p>
  );
}

/** A search field that sends its text in the query string, so results can be linked to. */
export function SearchForm({
  action,
  name,
  label,
  value,
}: {
  action: string;
  name: string;
  label: string;
  value: string;
}) {
  return (
    <search>
      <form method="get" action={action} class="fs-actions">
        <div class="ds-field">
          <label class="ds-label" for={name}>
            {label}
          </label>
          <input class="ds-input" id={name} name={name} type="search" value={value} />
        </div>
        <button type="submit" class="ds-button" data-variant="secondary">
          Søk
        </button>
      </form>
    </search>
  );
}

/** A table with a caption and column headers; the rows come as children. */
export function DataTable({
  caption,
  hideCaption,
  columns,
  children,
}: {
  caption: string;
  /** For a table whose heading already says what it holds; screen readers still get it. */
  hideCaption?: boolean;
  columns: readonly string[];
  children: ComponentChildren;
}) {
  return (
    <TableScroll label={caption}>
      <table class="ds-table">
        <caption class={hideCaption ? "ds-sr-only" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** "Rediger" in a table row; the row's name completes the link text for screen readers. */
export function EditLink({ href, name }: { href: string; name: string }) {
  return (
    <a class="ds-link" href={href}>
      Rediger<span class="ds-sr-only"> {name}</span>
    </a>
  );
}

/** A form that changes something: posted with the CSRF token, checked on the server only. */
export function PostForm({
  action,
  csrfToken,
  children,
}: {
  action: string;
  csrfToken: string | null;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={action} class="fs-form" noValidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
  );
}

/** The submit button and a way back without saving. */
export function FormActions({ submit = "Lagre", cancel }: { submit?: string; cancel: string }) {
  return (
    <div class="fs-actions">
      <button type="submit" class="ds-button" data-variant="primary">
        {submit}
      </button>
      <a class="ds-link" href={cancel}>
        Avbryt
      </a>
    </div>
  );
}
