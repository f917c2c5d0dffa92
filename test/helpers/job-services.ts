import os from "node:os";
import path from "node:path";
import { type BlobStore, MemoryBlobStore } from "../../src/blobs/blob-store.ts";
import type { Database } from "../../src/db/database.ts";
import { officeConversionSettings } from "../../src/features/documents/office-conversion.ts";
import type { JobServices } from "../../src/jobs/define-job.ts";
import type { Mailer } from "../../src/mail/mailer.ts";

/**
 * What a test's job worker runs with: its mailer, the test's blob store (an empty one for tests
 * that run no document jobs), and LibreOffice as installed, converting in the system's temp folder.
 */
export function jobServices(
  db: Database,
  mailer: Mailer,
  options: { blobs?: BlobStore; soffice?: string; ghostscript?: string } = {},
): JobServices {
  return {
    db,
    mailer,
    blobs: options.blobs ?? new MemoryBlobStore(),
    conversion: officeConversionSettings({
      soffice: options.soffice ?? "soffice",
      ghostscript: options.ghostscript ?? "gs",
      dataDir: path.join(os.tmpdir(), "folkestyre-test"),
    }),
  };
}
