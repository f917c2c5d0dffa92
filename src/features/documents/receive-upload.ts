import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { NotFoundError } from "../../policies/policy.ts";

/** The file of an upload, streamed to a temporary file in the data folder and hashed on the way. */
export interface ReceivedFile {
  path: string;
  /** As the browser sent it, path parts and all: the rules decide, nothing is cut away here. */
  fileName: string;
  size: number;
  sha256: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  /** Null when the form came without a file, or with an empty file chooser. */
  file: ReceivedFile | null;
  /** The file was larger than the limit; what came of it is already deleted. */
  tooLarge: boolean;
}

/** The form's CSRF token did not come before the file, or did not match: a 403, as for other forms. */
export class UploadCsrfError extends Error {
  constructor() {
    super("Skjemaet er utløpt. Last siden på nytt og prøv igjen.");
    this.name = "UploadCsrfError";
  }
}

/** The folder under the data folder where uploads are written before they are judged. */
export const uploadScratchDir = (dataDir: string): string => path.join(dataDir, "uploads");

/**
 * Reads a multipart form with at most one file. The file goes straight to disk in chunks, so a
 * 50 MB upload costs a few kilobytes of memory, and its sha256 is computed as it is written.
 * Our forms put the CSRF token first, and a browser sends fields in the form's order: a file
 * that arrives before a valid token is not written at all. A file over the limit is deleted
 * and reported, not kept in part (the plugin is registered with throwFileSizeLimit off, so
 * the file comes marked as truncated instead of as an error). The caller removes the file with `discardUpload` when done.
 */
export async function receiveUpload(
  request: FastifyRequest,
  options: { scratchDir: string; limitBytes: number; csrfToken: string | null },
): Promise<ReceivedUpload> {
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  let tooLarge = false;
  let temporary: string | null = null;
  try {
    const parts = request.parts({
      // Busboy would otherwise cut a name down to its last path part without a word.
      preservePath: true,
      limits: { fileSize: options.limitBytes, files: 1, fields: 20, fieldSize: 20_000 },
    });
    for await (const part of parts) {
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      if (options.csrfToken === null || fields._csrf !== options.csrfToken) {
        part.file.resume();
        throw new UploadCsrfError();
      }
      if (part.filename === "") {
        part.file.resume();
        continue;
      }
      await fs.mkdir(options.scratchDir, { recursive: true });
      temporary = path.join(options.scratchDir, `upload-${randomUUID()}.part`);
      const hash = createHash("sha256");
      let size = 0;
      await pipeline(
        part.file,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(temporary, { flags: "wx" }),
      );
      if (part.file.truncated) {
        tooLarge = true;
        await fs.rm(temporary, { force: true });
        temporary = null;
        continue;
      }
      file = { path: temporary, fileName: part.filename, size, sha256: hash.digest("hex") };
    }
  } catch (error) {
    if (temporary) await fs.rm(temporary, { force: true });
    throw error;
  }
  return { fields, file, tooLarge };
}

/** Removes what is left of an upload; after the blob store took the file there is nothing. */
export async function discardUpload(upload: ReceivedUpload | null): Promise<void> {
  if (upload?.file) await fs.rm(upload.file.path, { force: true });
}

/** Upload routes answer a request that is no multipart form as if the route did not exist. */
export function requireMultipart(request: FastifyRequest): void {
  if (!request.isMultipart()) throw new NotFoundError();
}
