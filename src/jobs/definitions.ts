import { renderPresentationPdfJob } from "../documents/render-presentation-pdf-job.ts";
import { dispatchAlertsJob } from "../features/alerts/dispatch-alerts-job.ts";
import { convertDocumentJob, extractDocumentTextJob } from "../features/documents/document-jobs.ts";
import { renderMinutesVersionJob } from "../features/minutes/minutes-version-jobs.ts";
import { archivePublishedDocumentsJob } from "../features/publishing/archive-published-documents-job.ts";
import { generatePublicationDocumentJob } from "../features/publishing/generate-publication-document-job.ts";
import { sendMailJob } from "../mail/send-mail-job.ts";
import type { JobDefinition } from "./define-job.ts";

/** Every job type Folkestyre runs; the worker and the jobs page both read this list. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  sendMailJob,
  renderPresentationPdfJob,
  convertDocumentJob,
  extractDocumentTextJob,
  dispatchAlertsJob,
  generatePublicationDocumentJob,
  archivePublishedDocumentsJob,
  renderMinutesVersionJob,
];
