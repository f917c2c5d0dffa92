/**
 * Form fields in Designsystemet markup. Each field carries its error next to it, tied with
 * aria-describedby, and the summary at the top links to each field (WCAG 3.3.1).
 */
interface FieldBase {
  name: string;
  label: string;
  error?: string | undefined;
  description?: string;
  required?: boolean;
}

function describedBy(name: string, error?: string, description?: string): string | undefined {
  const ids = [description ? `${name}-beskrivelse` : null, error ? `${name}-feil` : null].filter(
    (id): id is string => id !== null,
  );
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldMessages({
  name,
  error,
  description,
}: Pick<FieldBase, "name" | "error" | "description">) {
  return (
    <>
      {description ? (
        <div class="ds-paragraph fs-meta" data-size="sm" id={`${name}-beskrivelse`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div class="ds-validation-message" data-color="danger" id={`${name}-feil`}>
          {error}
        </div>
      ) : null}
    </>
  );
}

function FieldLabel({ name, label, required }: Pick<FieldBase, "name" | "label" | "required">) {
  return (
    <label class="ds-label" for={name}>
      {label}
      {required ? <span aria-hidden="true"> *</span> : null}
    </label>
  );
}

interface TextFieldProps extends FieldBase {
  value: string;
  type?: "text" | "password" | "email" | "date" | "time" | "number" | "tel" | "datetime-local";
  autocomplete?: string;
}

export function TextField({
  name,
  label,
  value,
  error,
  description,
  required,
  type,
  autocomplete,
}: TextFieldProps) {
  return (
    <div class="ds-field">
      <FieldLabel name={name} label={label} required={required} />
      <input
        class="ds-input"
        id={name}
        name={name}
        type={type ?? "text"}
        value={value}
        autocomplete={autocomplete}
        required={required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, error, description)}
      />
      <FieldMessages name={name} error={error} description={description} />
    </div>
  );
}

interface TextAreaProps extends FieldBase {
  value: string;
  rows?: number;
  /** Shown and sent with the form, but not to be changed; the description should say why. */
  readOnly?: boolean;
  /** Another element that describes the field, such as a writing guide shared by several. */
  helpId?: string;
}

export function TextArea({
  name,
  label,
  value,
  error,
  description,
  required,
  rows,
  readOnly,
  helpId,
}: TextAreaProps) {
  const described = [describedBy(name, error, description), helpId].filter(Boolean).join(" ");
  return (
    <div class="ds-field">
      <FieldLabel name={name} label={label} required={required} />
      <textarea
        class="ds-input"
        id={name}
        name={name}
        rows={rows ?? 5}
        required={required}
        readOnly={readOnly}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={described || undefined}
      >
        {value}
      </textarea>
      <FieldMessages name={name} error={error} description={description} />
    </div>
  );
}

/** One choice in a select or a group of checkboxes, as a presenter gives it. */
export interface Choice {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldBase {
  value: string;
  options: readonly Choice[];
  /** Label of an empty first choice, when the field may be left empty. */
  emptyLabel?: string;
}

export function SelectField({
  name,
  label,
  value,
  options,
  error,
  description,
  required,
  emptyLabel,
}: SelectFieldProps) {
  return (
    <div class="ds-field">
      <FieldLabel name={name} label={label} required={required} />
      <select
        class="ds-input"
        id={name}
        name={name}
        required={required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, error, description)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages name={name} error={error} description={description} />
    </div>
  );
}

interface CheckboxProps extends FieldBase {
  checked: boolean;
}

export function Checkbox({ name, label, checked, error, description }: CheckboxProps) {
  return (
    <div class="ds-field">
      <input
        class="ds-input"
        type="checkbox"
        id={name}
        name={name}
        value="on"
        checked={checked}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, error, description)}
      />
      <label class="ds-label" for={name} data-weight="regular">
        {label}
      </label>
      <FieldMessages name={name} error={error} description={description} />
    </div>
  );
}

interface CheckboxGroupProps extends Omit<FieldBase, "label" | "required"> {
  legend: string;
  options: readonly Choice[];
  checked: ReadonlySet<string>;
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
  return (
    <fieldset
      class="ds-fieldset"
      id={name}
      aria-describedby={describedBy(name, error, description)}
    >
      <legend class="ds-label">{legend}</legend>
      <FieldMessages name={name} error={error} description={description} />
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

/** Lists the form's errors at the top, each linking to its field; "form" is a general error. */
export function ErrorSummary({
  errors,
  labels,
}: {
  errors: Record<string, string>;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="ds-error-summary" role="alert" aria-labelledby="feiloppsummering">
      <h2 class="ds-heading" data-size="xs" id="feiloppsummering">
        {entries.length === 1 && errors.form ? errors.form : "Rett opp dette før du går videre:"}
      </h2>
      {entries.length === 1 && errors.form ? null : (
        <ul class="ds-list">
          {entries.map(([field, message]) => (
            <li key={field}>
              {field === "form" ? (
                message
              ) : (
                <a class="ds-link" href={`#${field}`}>
                  {labels[field] ? `${labels[field]}: ${message}` : message}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The CSRF token every signed-in form carries. */
export function CsrfField({ token }: { token: string | null }) {
  return <input type="hidden" name="_csrf" value={token ?? ""} />;
}
