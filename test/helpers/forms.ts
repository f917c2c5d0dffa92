/** The post forms on a page as our views write them, to send back changed in one field. */

export interface FormField {
  name: string;
  value: string;
  /** The input's type ("text", "date", "hidden" …), "textarea" or "select". */
  type: string;
}

export interface PageForm {
  action: string;
  fields: FormField[];
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};

const decode = (text: string): string =>
  text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}(?:="([^"]*)")?(?=\\s|/|$)`).exec(attributes);
  if (!match) return null;
  return decode(match[1] ?? "");
}

function selectedValue(options: string): string {
  const all = [...options.matchAll(/<option\b([^>]*)>/g)].map((match) => match[1] ?? "");
  const chosen = all.find((option) => attribute(option, "selected") !== null) ?? all[0] ?? "";
  return attribute(chosen, "value") ?? "";
}

/** Every form posted to this site on the page, with the values a browser would send. */
export function postForms(html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(
    /<form\b([^>]*)>([\s\S]*?)<\/form>/g,
  )) {
    if (attribute(attributes, "method") !== "post") continue;
    const fields: FormField[] = [];
    for (const [, input = ""] of body.matchAll(/<input\b([^>]*)>/g)) {
      const name = attribute(input, "name");
      const type = attribute(input, "type") ?? "text";
      if (!name) continue;
      if ((type === "checkbox" || type === "radio") && attribute(input, "checked") === null)
        continue;
      fields.push({ name, value: attribute(input, "value") ?? "", type });
    }
    for (const [, textarea = "", text = ""] of body.matchAll(
      /<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g,
    )) {
      const name = attribute(textarea, "name");
      if (name) fields.push({ name, value: decode(text), type: "textarea" });
    }
    for (const [, select = "", options = ""] of body.matchAll(
      /<select\b([^>]*)>([\s\S]*?)<\/select>/g,
    )) {
      const name = attribute(select, "name");
      if (name) fields.push({ name, value: selectedValue(options), type: "select" });
    }
    forms.push({ action: attribute(attributes, "action") ?? "", fields });
  }
  return forms;
}

/** The form as a urlencoded body, with repeated names kept as a browser sends them. */
export function encodeForm(fields: ReadonlyArray<{ name: string; value: string }>): string {
  return fields
    .map((field) => `${encodeURIComponent(field.name)}=${encodeURIComponent(field.value)}`)
    .join("&");
}
