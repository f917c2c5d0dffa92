import type { Outcome } from "../../commit/outcome.ts";
import { refused, succeeded } from "../../commit/outcome.ts";
import { checkFileName } from "./file-name.ts";
import {
  type DocumentFormat,
  detectFormat,
  extensionProblem,
  FORMATS,
  formatSize,
  unknownFormatMessage,
} from "./formats.ts";
import { inspectPdf, PDF_PROBLEM_MESSAGES } from "./pdf-tools.ts";
import type { ReceivedUpload } from "./receive-upload.ts";

/** An uploaded file that passed every check, still in its temporary file. */
export interface AcceptedFile {
  path: string;
  sha256: string;
  size: number;
  /** The name as given, in NFC. */
  fileName: string;
  format: DocumentFormat;
  mediaType: string;
  /** Counted here for a PDF; for other files once the PDF is made. */
  pageCount: number | null;
}

/**
 * Judges the file of an upload before anything is stored: there is one, it is within the limit
 * and not empty, its name is a plain name, its bytes are a kind we take (whatever the name
 * says) and its name's ending agrees, and a PDF opens, unencrypted, page by page. The messages
 * are on the form's `field`. `pdfOnly` is for a redacted version, which the public gets as PDF.
 */
export async function checkUpload(
  upload: ReceivedUpload,
  options: { field: string; limitBytes: number; pdfOnly?: boolean },
): Promise<Outcome<AcceptedFile>> {
  const refuse = (message: string) => refused({ [options.field]: message });
  if (upload.tooLarge)
    return refuse(
      `Filen er større enn grensen på ${formatSize(options.limitBytes)}. Del den opp eller gjør den mindre.`,
    );
  const file = upload.file;
  if (!file) return refuse("Velg en fil å laste opp.");
  const name = checkFileName(file.fileName);
  if (!name.ok) return refuse(name.message);
  if (file.size === 0) return refuse(`Filen «${name.name}» er tom.`);
  const format = await detectFormat(file.path);
  if (!format) return refuse(unknownFormatMessage(name.name));
  if (options.pdfOnly && format !== "pdf")
    return refuse(`Den sladdede versjonen må være en PDF-fil; «${name.name}» er ikke det.`);
  const badEnding = extensionProblem(name.name, format);
  if (badEnding) return refuse(badEnding);
  let pageCount: number | null = null;
  if (format === "pdf") {
    const inspected = await inspectPdf({ kind: "file", path: file.path });
    if (!inspected.ok) return refuse(PDF_PROBLEM_MESSAGES[inspected.problem]);
    pageCount = inspected.pageCount;
  }
  return succeeded({
    path: file.path,
    sha256: file.sha256,
    size: file.size,
    fileName: name.name,
    format,
    mediaType: FORMATS[format].mediaType,
    pageCount,
  });
}
