import { formatDate, osloDateTime } from "../../domain/time.ts";

/** A calendar day ("YYYY-MM-DD") as Norwegians read it: "1. oktober 2023". */
export function formatDay(day: string): string {
  return formatDate(osloDateTime(day, "12:00"));
}

/** The confirmation after Post/Redirect/Get, announced politely to screen readers. */
export function SavedNotice({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p class="ds-paragraph">Endringene er lagret.</p>
    </div>
  );
}

/** Redirects set ?lagret=1 after a change so the next page can confirm it. */
export function wasSaved(query: unknown): boolean {
  return (query as Record<string, unknown> | undefined)?.lagret === "1";
}

interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  checked: ReadonlySet<string>;
  error?: string | undefined;
  description?: string;
}

/** Several checkboxes with one name; the fieldset's id is the target of the error summary. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
  description,
}: CheckboxGroupProps) {
  const describedBy =
    [description ? `${name}-beskrivelse` : null, error ? `${name}-feil` : null]
      .filter((id) => id !== null)
      .join(" ") || undefined;
  return (
    <fieldset class="ds-fieldset" id={name} aria-describedby={describedBy}>
      <legend class="ds-label">{legend}</legend>
      {description ? (
        <p class="ds-paragraph fs-meta" data-size="sm" id={`${name}-beskrivelse`}>
          {description}
        </p>
      ) : null}
      {error ? (
        <div class="ds-validation-message" data-color="danger" id={`${name}-feil`}>
          {error}
        </div>
      ) : null}
      {options.map((option) => (
        <div class="ds-field" key={option.value}>
          <input
            class="ds-input"
            type="checkbox"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={checked.has(option.value)}
            aria-invalid={error ? "true" : undefined}
          />
          <label class="ds-label" for={`${name}-${option.value}`} data-weight="regular">
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
