/** A search field in the workspace: what the user typed, and how it is matched. */

/** The search text from the query string, trimmed and cut to the length searches work with. */
export function searchText(query: unknown, name: string, max: number): string {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value.trim().slice(0, max) : "";
}

/** A LIKE pattern that matches the user's text literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
