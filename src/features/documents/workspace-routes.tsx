import multipart from "@fastify/multipart";
import { create as contentDisposition } from "content-disposition";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, type Outcome, refused } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { authorize, can, NotFoundError } from "../../policies/policy.ts";
import { pageContext } from "../../web/context.ts";
import { ErrorPage } from "../../web/error-pages.tsx";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { caseDecided, caseSharedWith, caseSubject, lockCase } from "../cases/queries.ts";
import { addCaseDocument, type DocumentAccess } from "./add-case-document.ts";
import { addRedactedVersion } from "./add-redacted-version.ts";
import { type AcceptedFile, checkUpload } from "./check-upload.ts";
import { presentAttachment, presentAttachments } from "./document-presenter.ts";
import { type DocumentCase, DocumentPage, DocumentsPage } from "./documents-page.tsx";
import { formatSize } from "./formats.ts";
import { moveCaseDocument } from "./move-case-document.ts";
import { listCaseAttachments, lockCaseAttachment } from "./queries.ts";
import {
  discardUpload,
  type ReceivedUpload,
  receiveUpload,
  requireMultipart,
  UploadCsrfError,
  uploadScratchDir,
} from "./receive-upload.ts";
import { replaceCaseDocument } from "./replace-case-document.ts";
import { requestConversion } from "./request-conversion.ts";
import { updateCaseDocument } from "./update-case-document.ts";

const title = z
  .string({ error: "Skriv en tittel på dokumentet." })
  .trim()
  .min(1, "Skriv en tittel på dokumentet.")
  .max(500, "Tittelen kan ha høyst 500 tegn.");

const accessSchema = z.object({
  access: z
    .enum(["public", "exempt"], { error: "Velg om dokumentet er offentlig." })
    .default("public"),
  exemptionBasis: z
    .string({ error: "Ugyldig verdi." })
    .trim()
    .max(200, "Hjemmelen kan ha høyst 200 tegn.")
    .default(""),
});

const documentSchema = accessSchema.extend({ title });

const redactedSchema = z.object({
  publicTitle: z
    .string({ error: "Skriv den offentlige tittelen." })
    .trim()
    .min(1, "Skriv den offentlige tittelen.")
    .max(500, "Tittelen kan ha høyst 500 tegn."),
});

const moveSchema = z.object({
  direction: z.enum(["up", "down"], { error: "Ugyldig retning." }),
});

/** The document form's fields, then the rule that an exempt document names its basis. */
function parseDocumentForm(
  body: unknown,
  exemptCase: boolean,
): Outcome<{ title: string; access: DocumentAccess }> {
  const parsed = parseForm(documentSchema, body ?? {});
  if (!parsed.ok) return parsed;
  const { access, exemptionBasis } = parsed.value;
  if (!exemptCase && access === "exempt" && !exemptionBasis)
    return refused({ exemptionBasis: "Oppgi hjemmelen når dokumentet er unntatt offentlighet." });
  return {
    ok: true,
    value: {
      title: parsed.value.title,
      access: exemptCase
        ? { access: "exempt", exemptionBasis: null }
        : { access, exemptionBasis: access === "exempt" ? exemptionBasis : null },
    },
  };
}

/** The case as the documents pages need it, with what the case policy reads. */
async function findDocumentCase(db: Database, caseId: number) {
  return db
    .selectFrom("case")
    .select((eb) => [
      "case.id",
      "case.archive_case_number",
      "case.title",
      "case.access",
      "case.owner_user_id",
      "case.status",
      caseSharedWith(eb).as("shared_with"),
      caseDecided(eb).as("decided"),
    ])
    .where("case.id", "=", caseId)
    .executeTakeFirst();
}

/** Loads the case and lets through only a user who may see it, then says whether they may attach. */
async function visibleCase(request: FastifyRequest, caseId: number): Promise<DocumentCase> {
  authorize(request.user, "view", "case");
  const row = await findDocumentCase(request.server.db, caseId);
  if (!row) throw new NotFoundError();
  const subject = caseSubject(row);
  authorize(request.user, "view", "case", subject);
  return {
    id: row.id,
    archiveCaseNumber: row.archive_case_number,
    title: row.title,
    exempt: row.access === "exempt",
    mayAttach: can(request.user, "attach", "case", subject),
  };
}

/**
 * The attachments the user may see: all of them for those who may attach, and only the public
 * ones for a colleague who may read the case; an exempt attachment is, like an exempt case,
 * for those who work on it.
 */
async function visibleAttachments(db: Database, theCase: DocumentCase) {
  const rows = await listCaseAttachments(db, theCase.id);
  return theCase.mayAttach ? rows : rows.filter((row) => row.access === "public");
}

/** The case locked for a change to its documents, and the user as its actor when they may. */
async function lockForAttach(tx: Database, request: FastifyRequest, caseId: number) {
  // The role first, so a user the documents are closed to reads nothing.
  authorize(request.user, "attach", "case");
  const row = await lockCase(tx, caseId);
  return authorizeActor(request.user, "attach", "case", caseSubject(row));
}

const documentsPath = (caseId: number) => `/admin/saker/${caseId}/dokumenter`;

export async function registerCaseDocumentRoutes(app: FastifyInstance): Promise<void> {
  const limitBytes = app.config.uploadLimitBytes;
  const limitLabel = formatSize(limitBytes);
  const scratchDir = uploadScratchDir(app.config.dataDir);

  async function showDocuments(
    request: FastifyRequest,
    reply: FastifyReply,
    theCase: DocumentCase,
    state: { values?: Record<string, string>; errors?: FieldErrors } = {},
  ) {
    const rows = await visibleAttachments(app.db, theCase);
    const { current, replaced } = presentAttachments(theCase.id, rows);
    return renderPage(
      request,
      reply,
      (ctx) => (
        <DocumentsPage
          ctx={ctx}
          theCase={theCase}
          current={current}
          replaced={replaced}
          values={state.values ?? {}}
          errors={state.errors ?? {}}
          limitLabel={limitLabel}
        />
      ),
      state.errors,
    );
  }

  async function showDocument(
    request: FastifyRequest,
    reply: FastifyReply,
    theCase: DocumentCase,
    documentId: number,
    state: { values?: Record<string, string>; errors?: FieldErrors } = {},
  ) {
    const row = (await listCaseAttachments(app.db, theCase.id)).find(
      (candidate) => candidate.id === documentId && candidate.replaced_by_id === null,
    );
    if (!row || !theCase.mayAttach) throw new NotFoundError();
    return renderPage(
      request,
      reply,
      (ctx) => (
        <DocumentPage
          ctx={ctx}
          theCase={theCase}
          view={presentAttachment(theCase.id, row)}
          values={state.values ?? {}}
          errors={state.errors ?? {}}
          limitLabel={limitLabel}
        />
      ),
      state.errors,
    );
  }

  /**
   * Receives an upload for a case the user may attach to, checks its fields and judges its
   * file, and stores the file only when both pass, just before the change; whatever happens,
   * no temporary file is left behind. Field and file errors are shown together.
   */
  async function withUpload<I, T>(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { field: string; pdfOnly?: boolean },
    parse: (fields: Record<string, string>) => Outcome<I>,
    change: (input: I, file: AcceptedFile) => Promise<Outcome<T>>,
  ): Promise<{ upload: ReceivedUpload; outcome: Outcome<T> } | FastifyReply> {
    let upload: ReceivedUpload | null = null;
    try {
      upload = await receiveUpload(request, {
        scratchDir,
        limitBytes,
        csrfToken: request.csrfToken,
      });
      const input = parse(upload.fields);
      const checked = await checkUpload(upload, { limitBytes, ...options });
      if (!input.ok || !checked.ok)
        return {
          upload,
          outcome: refused({
            ...(input.ok ? {} : input.errors),
            ...(checked.ok ? {} : checked.errors),
          }),
        };
      await app.blobs.putFile(checked.value.path, checked.value.sha256);
      return { upload, outcome: await change(input.value, checked.value) };
    } catch (error) {
      if (!(error instanceof UploadCsrfError)) throw error;
      const ctx = await pageContext(request);
      return sendPage(request, reply, <ErrorPage ctx={ctx} message={error.message} />, {
        status: 403,
      });
    } finally {
      await discardUpload(upload);
    }
  }

  const storedFile = (file: AcceptedFile) => ({
    sha256: file.sha256,
    size: file.size,
    mediaType: file.mediaType,
    fileName: file.fileName,
    pageCount: file.pageCount,
  });

  app.get("/admin/saker/:id/dokumenter", { preHandler: requireUser }, async (request, reply) => {
    const theCase = await visibleCase(request, pathId(request.params));
    return showDocuments(request, reply, theCase);
  });

  app.get(
    "/admin/saker/:id/dokumenter/:documentId",
    { preHandler: requireUser },
    async (request, reply) => {
      const documentId = pathId(request.params, "documentId");
      const theCase = await visibleCase(request, pathId(request.params));
      return showDocument(request, reply, theCase, documentId);
    },
  );

  for (const variant of ["original", "pdf", "sladdet"] as const)
    app.get(
      `/admin/saker/:id/dokumenter/:documentId/${variant}`,
      { preHandler: requireUser },
      async (request, reply) => {
        const documentId = pathId(request.params, "documentId");
        const theCase = await visibleCase(request, pathId(request.params));
        const row = (await visibleAttachments(app.db, theCase)).find(
          (candidate) => candidate.id === documentId,
        );
        const sha256 =
          variant === "original"
            ? row?.sha256
            : variant === "pdf"
              ? row?.pdf_sha256
              : row?.redacted_sha256;
        if (!row || !sha256) throw new NotFoundError();
        const bytes = await app.blobs.get(sha256);
        if (!bytes) throw new NotFoundError();
        const fileName =
          variant === "original"
            ? row.file_name
            : `${row.file_name.replace(/\.[^.]+$/, "")}${variant === "sladdet" ? "-sladdet" : ""}.pdf`;
        return reply
          .type(variant === "original" ? row.media_type : "application/pdf")
          .header("cache-control", "private, no-store")
          .header("content-disposition", contentDisposition(fileName, { type: "attachment" }))
          .send(bytes);
      },
    );

  app.post(
    "/admin/saker/:id/dokumenter/:documentId",
    { preHandler: requireUser },
    async (request, reply) => {
      const caseId = pathId(request.params);
      const documentId = pathId(request.params, "documentId");
      const theCase = await visibleCase(request, caseId);
      const input = parseDocumentForm(request.body, theCase.exempt);
      const outcome = await commit(app, async (tx) => {
        const actor = await lockForAttach(tx, request, caseId);
        const document = await lockCaseAttachment(tx, caseId, documentId);
        if (!input.ok) return input;
        return {
          ok: true as const,
          value: await updateCaseDocument({ actor, document, ...input.value, tx }),
        };
      });
      if (!outcome.ok)
        return showDocument(request, reply, theCase, documentId, {
          values: postedValues(request.body),
          errors: outcome.errors,
        });
      return redirectSaved(reply, `${documentsPath(caseId)}/${documentId}`, "attachmentSaved");
    },
  );

  app.post(
    "/admin/saker/:id/dokumenter/:documentId/konverter",
    { preHandler: requireUser },
    async (request, reply) => {
      const caseId = pathId(request.params);
      const documentId = pathId(request.params, "documentId");
      const outcome = await commit(app, async (tx) => {
        const actor = await lockForAttach(tx, request, caseId);
        const document = await lockCaseAttachment(tx, caseId, documentId);
        return { ok: true as const, value: await requestConversion({ actor, document, tx }) };
      });
      if (!outcome.ok) {
        const theCase = await visibleCase(request, caseId);
        return showDocument(request, reply, theCase, documentId, { errors: outcome.errors });
      }
      return redirectSaved(reply, `${documentsPath(caseId)}/${documentId}`, "attachmentSaved");
    },
  );

  app.post(
    "/admin/saker/:id/dokumenter/:documentId/flytt",
    { preHandler: requireUser },
    async (request, reply) => {
      const caseId = pathId(request.params);
      const documentId = pathId(request.params, "documentId");
      const input = parseForm(moveSchema, request.body ?? {});
      const outcome = await commit(app, async (tx) => {
        const actor = await lockForAttach(tx, request, caseId);
        const document = await lockCaseAttachment(tx, caseId, documentId);
        if (!input.ok) return input;
        return {
          ok: true as const,
          value: await moveCaseDocument({ actor, document, direction: input.value.direction, tx }),
        };
      });
      if (!outcome.ok) {
        const theCase = await visibleCase(request, caseId);
        return showDocuments(request, reply, theCase, { errors: outcome.errors });
      }
      return redirectSaved(reply, documentsPath(caseId), "attachmentsSaved");
    },
  );

  // Uploads: multipart is parsed only here, and streamed (see receive-upload.ts).
  await app.register(async (uploads) => {
    await uploads.register(multipart, { throwFileSizeLimit: false });
    const upload = { preHandler: requireUser, config: { csrfInMultipart: true } };

    uploads.post("/admin/saker/:id/dokumenter", upload, async (request, reply) => {
      const caseId = pathId(request.params);
      const theCase = await visibleCase(request, caseId);
      if (!theCase.mayAttach) throw new NotFoundError();
      requireMultipart(request);
      const result = await withUpload(
        request,
        reply,
        { field: "file" },
        (fields) => parseDocumentForm(fields, theCase.exempt),
        (input, file) =>
          commit(app, async (tx) => {
            const actor = await lockForAttach(tx, request, caseId);
            return {
              ok: true as const,
              value: await addCaseDocument({
                actor,
                caseId,
                file: storedFile(file),
                title: input.title,
                kind: "attachment",
                access: input.access,
                tx,
              }),
            };
          }),
      );
      if (!("outcome" in result)) return result;
      if (!result.outcome.ok)
        return showDocuments(request, reply, theCase, {
          values: postedValues(result.upload.fields),
          errors: result.outcome.errors,
        });
      return redirectSaved(reply, documentsPath(caseId), "attachmentsSaved");
    });

    uploads.post(
      "/admin/saker/:id/dokumenter/:documentId/erstatt",
      upload,
      async (request, reply) => {
        const caseId = pathId(request.params);
        const documentId = pathId(request.params, "documentId");
        const theCase = await visibleCase(request, caseId);
        if (!theCase.mayAttach) throw new NotFoundError();
        requireMultipart(request);
        const result = await withUpload(
          request,
          reply,
          { field: "replacement" },
          () => ({ ok: true as const, value: null }),
          (_input, file) =>
            commit(app, async (tx) => {
              const actor = await lockForAttach(tx, request, caseId);
              const document = await lockCaseAttachment(tx, caseId, documentId);
              return {
                ok: true as const,
                value: await replaceCaseDocument({
                  actor,
                  document,
                  file: storedFile(file),
                  title: null,
                  tx,
                }),
              };
            }),
        );
        if (!("outcome" in result)) return result;
        if (!result.outcome.ok)
          return showDocument(request, reply, theCase, documentId, {
            errors: renamed(result.outcome.errors, "file", "replacement"),
          });
        return redirectSaved(
          reply,
          `${documentsPath(caseId)}/${result.outcome.value.documentId}`,
          "attachmentSaved",
        );
      },
    );

    uploads.post(
      "/admin/saker/:id/dokumenter/:documentId/sladdet",
      upload,
      async (request, reply) => {
        const caseId = pathId(request.params);
        const documentId = pathId(request.params, "documentId");
        const theCase = await visibleCase(request, caseId);
        if (!theCase.mayAttach) throw new NotFoundError();
        requireMultipart(request);
        const result = await withUpload(
          request,
          reply,
          { field: "redacted", pdfOnly: true },
          (fields) => parseForm(redactedSchema, fields),
          (input, file) =>
            commit(app, async (tx) => {
              const actor = await lockForAttach(tx, request, caseId);
              const document = await lockCaseAttachment(tx, caseId, documentId);
              return {
                ok: true as const,
                value: await addRedactedVersion({
                  actor,
                  document,
                  file: storedFile(file),
                  publicTitle: input.publicTitle,
                  tx,
                }),
              };
            }),
        );
        if (!("outcome" in result)) return result;
        if (!result.outcome.ok)
          return showDocument(request, reply, theCase, documentId, {
            values: postedValues(result.upload.fields),
            errors: renamed(result.outcome.errors, "file", "redacted"),
          });
        return redirectSaved(reply, `${documentsPath(caseId)}/${documentId}`, "attachmentSaved");
      },
    );
  });
}

/** The use cases name the file field "file"; a form with another file field shows it there. */
function renamed(errors: FieldErrors, from: string, to: string): FieldErrors {
  const { [from]: message, ...rest } = errors;
  return message === undefined ? errors : { ...rest, [to]: message };
}
