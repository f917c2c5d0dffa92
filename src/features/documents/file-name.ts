import { formatNumber } from "../../domain/numbers.ts";

/**
 * The rules for the name an uploaded file keeps. It is shown on the case and in download links,
 * so it must be one plain name: a path (a folder, "..") or characters that cannot be seen or
 * that turn text around (a name that shows as "rapport‮fdp.exe" is "rapport.exe"), are refused
 * with a message rather than quietly cut away, so the name shown is the one the user gave.
 * Norwegian letters and other printable characters are kept. The name is normalised to NFC, so
 * "å" typed on a Mac (a + ring) and on Windows (one character) is the same name.
 */

const MAX_LENGTH = 200;
// C0 and C1 control characters, DEL, and the bidirectional embedding, override and isolate marks.
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export type FileNameCheck = { ok: true; name: string } | { ok: false; message: string };

export function checkFileName(raw: string): FileNameCheck {
  const name = raw.normalize("NFC");
  if (name.trim() === "") return { ok: false, message: "Filen mangler navn." };
  if (INVISIBLE.test(name))
    return {
      ok: false,
      message: "Filnavnet inneholder kontrolltegn eller usynlige tegn. Gi filen et vanlig navn.",
    };
  if (/[/\\]/.test(name) || name === "." || name === "..")
    return {
      ok: false,
      message:
        "Filnavnet kan ikke inneholde mapper (/ eller \\) eller være «..». Gi filen et vanlig navn.",
    };
  if (name !== name.trim())
    return { ok: false, message: "Filnavnet kan ikke begynne eller slutte med mellomrom." };
  if (name.length > MAX_LENGTH)
    return { ok: false, message: `Filnavnet kan ha høyst ${formatNumber(MAX_LENGTH)} tegn.` };
  return { ok: true, name };
}
