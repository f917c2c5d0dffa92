import path from "node:path";

/** Every setting Folkestyre reads from the environment; documented in README.md. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  /** Folder for the embedded database and the blob store. */
  dataDir: string;
  /** The service's public address, as the start-up message shows it. */
  baseUrl: string;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy in front; off, so a client cannot pick its own IP. */
  trustProxy: boolean;
  /** Load the demo municipality when the database is empty. */
  demo: boolean;
  logLevel: string;
  /** SMTP server for outgoing mail (smtp://user:pass@host:587, smtps://… for TLS from the start). */
  smtpUrl: string | undefined;
  /** The sender of outgoing mail, "Name <address>" or an address. */
  mailFrom: string | undefined;
  /** The largest file the workspace accepts for upload, in bytes. */
  uploadLimitBytes: number;
  /** LibreOffice's command, which converts Word and OpenDocument files to PDF. */
  soffice: string;
  /** Ghostscript's command, which makes the PDF/A archive copy of a PDF that is not PDF/A. */
  ghostscript: string;
}

/** The size limit when UPLOAD_LIMIT_MB is not set; a scanned report of a hundred pages fits. */
export const DEFAULT_UPLOAD_LIMIT_MB = 50;

function uploadLimitBytes(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_UPLOAD_LIMIT_MB * 1024 * 1024;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes < 1 || megabytes > 2048)
    throw new ConfigError(
      `UPLOAD_LIMIT_MB «${value}» er ikke en størrelse i megabyte fra 1 til 2048.`,
    );
  return Math.round(megabytes * 1024 * 1024);
}

/** A setting that cannot be used; its message is in Norwegian, for the start-up error. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? "127.0.0.1";
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? "data"),
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    secureCookies: env.SECURE_COOKIES === "true",
    trustProxy: env.TRUST_PROXY === "true",
    demo: env.DEMO !== "false",
    logLevel: env.LOG_LEVEL ?? "info",
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    uploadLimitBytes: uploadLimitBytes(env.UPLOAD_LIMIT_MB),
    soffice: env.SOFFICE || "soffice",
    ghostscript: env.GHOSTSCRIPT || "gs",
  };
}
