import { create as contentDisposition } from "content-disposition";
import type { FastifyInstance } from "fastify";
import fresh from "fresh";
import { z } from "zod";
import { NotFoundError } from "../../policies/policy.ts";
import { findDownloadableDocument } from "./queries.ts";

/**
 * Types a browser shows without running anything of ours; any other upload is offered as a
 * download, so a stored HTML or SVG file can never run as a page on this site.
 */
const INLINE_TYPES = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "text/plain",
]);

const documentParams = z.object({
  id: z.string().regex(/^[1-9]\d{0,8}$/),
  fileName: z.string().min(1).max(500),
});

export async function registerDocumentRoutes(app: FastifyInstance): Promise<void> {
  app.get("/dokumenter/:id/:fileName", async (request, reply) => {
    const parsed = documentParams.safeParse(request.params);
    if (!parsed.success) throw new NotFoundError();
    const document = await findDownloadableDocument(app.db, Number(parsed.data.id));
    if (!document || document.file_name !== parsed.data.fileName) throw new NotFoundError();
    // The blob's name is the hash of its bytes, so the hash is a strong validator. The document
    // itself is not immutable: one published by mistake is withdrawn, and no cache may keep it
    // for long, so caches revalidate after a minute instead of keeping it for a year.
    const etag = `"${document.sha256}"`;
    const mediaType = document.media_type.split(";")[0]?.trim().toLowerCase() ?? "";
    reply
      .header("etag", etag)
      .header("cache-control", "public, max-age=60")
      .header(
        "content-disposition",
        contentDisposition(document.file_name, {
          type: INLINE_TYPES.has(mediaType) ? "inline" : "attachment",
        }),
      );
    if (fresh(request.headers, { etag })) return reply.code(304).send();
    const bytes = await app.blobs.get(document.sha256);
    if (!bytes) {
      request.log.error({ documentId: document.id }, "document blob is missing");
      throw new NotFoundError();
    }
    return reply.type(document.media_type).send(bytes);
  });
}
