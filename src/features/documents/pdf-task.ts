/** The messages between pdf-tools.ts and the worker thread in pdf-worker.ts. */

export type PdfSource = { kind: "file"; path: string } | { kind: "bytes"; bytes: Uint8Array };

export type PdfTask =
  | { action: "inspect"; source: PdfSource }
  | { action: "text"; source: PdfSource }
  | { action: "image"; source: PdfSource; format: "png" | "jpeg" };

export type PdfProblem = "encrypted" | "corrupt";

export type PdfTaskResult =
  | { kind: "inspected"; pageCount: number }
  | { kind: "refused"; problem: PdfProblem }
  | { kind: "text"; pageCount: number; pages: string[] }
  | { kind: "pdf"; bytes: Uint8Array }
  | { kind: "failed"; message: string };
