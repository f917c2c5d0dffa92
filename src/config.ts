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
  };
}
