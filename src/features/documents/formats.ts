import { open } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";

/**
 * The kinds of file a case can have as attachments: what case officers get from the archive,
 * from Word and LibreOffice, and from a phone or a scanner. Anything else (a spreadsheet, a
 * web page, a program) is refused, whatever its name says.
 */
export type DocumentFormat = "pdf" | "docx" | "doc" | "odt" | "png" | "jpeg";

export interface FormatInfo {
  mediaType: string;
  /** As the workspace names the type. */
  label: string;
  /** The type in a sentence: "Innholdet er en PDF-fil". */
  described: string;
  /** The endings a file of this kind may have; the first is the usual one. */
  extensions: readonly string[];
  /** How the PDF that is shown and merged is made: none for a PDF itself. */
  conversion: "none" | "office" | "image";
}

export const FORMATS: Record<DocumentFormat, FormatInfo> = {
  pdf: {
    mediaType: "application/pdf",
    label: "PDF",
    described: "en PDF-fil",
    extensions: [".pdf"],
    conversion: "none",
  },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word",
    described: "en Word-fil",
    extensions: [".docx"],
    conversion: "office",
  },
  doc: {
    mediaType: "application/msword",
    label: "Word 97–2003",
    described: "en Word-fil i det gamle formatet",
    extensions: [".doc"],
    conversion: "office",
  },
  odt: {
    mediaType: "application/vnd.oasis.opendocument.text",
    label: "OpenDocument-tekst",
    described: "en OpenDocument-tekst",
    extensions: [".odt"],
    conversion: "office",
  },
  png: {
    mediaType: "image/png",
    label: "PNG-bilde",
    described: "et PNG-bilde",
    extensions: [".png"],
    conversion: "image",
  },
  jpeg: {
    mediaType: "image/jpeg",
    label: "JPEG-bilde",
    described: "et JPEG-bilde",
    extensions: [".jpg", ".jpeg"],
    conversion: "image",
  },
};

/** The format of a stored media type, for rows written before formats were named. */
export function formatOfMediaType(mediaType: string): DocumentFormat | null {
  const bare = mediaType.split(";")[0]?.trim().toLowerCase();
  const found = Object.entries(FORMATS).find(([, info]) => info.mediaType === bare);
  return found ? (found[0] as DocumentFormat) : null;
}

/**
 * An OLE compound file (Word 97–2003, but also old Excel and PowerPoint) is a Word document
 * when its directory has an entry named "WordDocument". Directory entries are 128-byte records
 * aligned to the sector size, with the name in UTF-16LE first and its byte length (26 with the
 * terminating NUL) at offset 64; matching at those offsets only, text inside a spreadsheet
 * that happens to spell the word does not count. The file is read in chunks, not at once.
 */
const WORD_STREAM = Buffer.from("WordDocument\0", "utf16le");
const ENTRY = 128;

async function isWordCompoundFile(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const chunk = Buffer.alloc(ENTRY * 512);
    let offset = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, offset);
      for (let at = 0; at + ENTRY <= bytesRead; at += ENTRY)
        if (
          chunk.subarray(at, at + WORD_STREAM.length).equals(WORD_STREAM) &&
          chunk.readUInt16LE(at + 64) === WORD_STREAM.length
        )
          return true;
      if (bytesRead < chunk.length) return false;
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** The format the bytes of the file are, or null when it is none that is allowed. */
export async function detectFormat(file: string): Promise<DocumentFormat | null> {
  const detected = await fileTypeFromFile(file);
  switch (detected?.ext) {
    case "pdf":
      return "pdf";
    case "docx":
      return "docx";
    case "odt":
      return "odt";
    case "png":
      return "png";
    case "jpg":
      return "jpeg";
    case "cfb":
      return (await isWordCompoundFile(file)) ? "doc" : null;
    default:
      return null;
  }
}

/** The file's ending as typed, in lower case ("" when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? "" : fileName.slice(dot).toLowerCase();
}

/** The ending the name has, checked against the kind of file the bytes are. */
export function extensionProblem(fileName: string, format: DocumentFormat): string | null {
  const info = FORMATS[format];
  if (info.extensions.includes(extensionOf(fileName))) return null;
  return `Innholdet i «${fileName}» er ${info.described}, men navnet slutter ikke på ${info.extensions.join(" eller ")}. Gi filen riktig endelse og last den opp igjen.`;
}

/** What a refused file is told, by the name it came with. */
export function unknownFormatMessage(fileName: string): string {
  const extension = extensionOf(fileName);
  const claimed = Object.values(FORMATS).find((info) => info.extensions.includes(extension));
  if (claimed)
    return `«${fileName}» slutter på ${extension}, men innholdet er ikke ${claimed.described}. Filen kan være omdøpt eller skadet.`;
  return `«${fileName}» er ikke en fil som kan legges ved. Last opp PDF, Word (.docx, .doc), OpenDocument-tekst (.odt) eller bilder (PNG, JPEG).`;
}

/** Sizes as people read them: "820 kB", "12,4 MB", "50 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("nb-NO")} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("nb-NO", { maximumFractionDigits: 1 })} MB`;
}
