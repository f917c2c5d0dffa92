/**
 * Where to send the browser next (`neste`), given by a link or a form field anyone can write.
 * Only a path on this site will do, so a link to the login cannot send people elsewhere.
 */

/** Control characters never belong in a path we made, and a browser silently drops some. */
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Longer than any address of ours, and than some proxies take in a Location header. */
const MAX_LENGTH = 2000;

/** A host no request names, so a value that resolves to any other origin is not ours. */
const BASE = new URL("http://folkestyre.invalid");

/**
 * The path the value names on this site, or null. The value is parsed as a browser would
 * resolve it against our own address rather than matched against patterns, because browsers
 * drop tabs and line breaks and read a backslash as a slash: "/\t/evil.example" is
 * "//evil.example" to them. What comes back is the parser's own serialisation, in ASCII, so
 * it is always a valid Location header.
 */
export function localPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > MAX_LENGTH) return null;
  if (hasControlCharacter(value)) return null;
  if (!URL.canParse(value, BASE)) return null;
  const url = new URL(value, BASE);
  if (url.origin !== BASE.origin) return null;
  return `${url.pathname}${url.search}`;
}
