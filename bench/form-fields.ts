/**
 * The values a browser would post from the first form on a page whose action is `action`:
 * inputs (checkboxes and radios only when checked), the selected option of each select, and
 * textareas. Enough for the bench's editor to save a form as it was shown, with one field
 * changed, without knowing the form's fields in advance.
 */
export function formFields(html: string, action: string): Record<string, string> {
  const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((candidate) => attribute(startTag(candidate), "action") === action);
  if (!form) throw new Error(`No form posting to ${action} on the page`);
  const fields: Record<string, string> = {};
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (name === null || type === "submit" || type === "button" || type === "file") continue;
    if ((type === "checkbox" || type === "radio") && !/\schecked(?=[\s>/=])/.test(tag)) continue;
    fields[name] = attribute(tag, "value") ?? (type === "checkbox" ? "on" : "");
  }
  for (const match of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(`<textarea${match[1] ?? ""}>`, "name");
    if (name !== null) fields[name] = decode(match[2] ?? "");
  }
  for (const match of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(`<select${match[1] ?? ""}>`, "name");
    if (name === null) continue;
    const options = (match[2] ?? "").match(/<option\b[^>]*>/g) ?? [];
    const chosen = options.find((option) => /\sselected(?=[\s>/=])/.test(option)) ?? options[0];
    fields[name] = chosen ? (attribute(chosen, "value") ?? "") : "";
  }
  return fields;
}

function startTag(element: string): string {
  return /^<[^>]*>/.exec(element)?.[0] ?? "";
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1] ?? "") : null;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}
