import { ROLE_NAMES } from "./auth/roles.ts";
import { bootstrap } from "./bootstrap.ts";
import { ChangeFeed } from "./commit/change-feed.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { DatabaseInUseError } from "./db/database.ts";
import { officeConversionSettings } from "./features/documents/office-conversion.ts";
import { JOB_DEFINITIONS } from "./jobs/definitions.ts";
import { jobListener } from "./jobs/notifications.ts";
import { createJobRegistry } from "./jobs/registry.ts";
import { startJobWorker } from "./jobs/worker.ts";
import { createMailer, MailConfigError, type Mailer, outboxDir } from "./mail/mailer.ts";
import { buildApp } from "./server.ts";

const HELP = `Folkestyre – politiske møter og saker for kommunen

Bruk: npm start            Starter tjenesten (første gang: oppretter databasen, demokommunen og brukere).
      npm start -- --help  Viser denne hjelpen.

Innstillinger (miljøvariabler):
  PORT            Porten tjenesten lytter på (standard 3000)
  HOST            Adressen tjenesten lytter på (standard 127.0.0.1; 0.0.0.0 for alle)
  DATABASE_URL    PostgreSQL-tilkobling (postgres://…); uten den brukes innebygd PGlite
  DATA_DIR        Mappe for innebygd database og filer (standard ./data)
  BASE_URL        Tjenestens offentlige adresse, slik oppstartsmeldingen viser den (standard http://localhost:PORT)
  SECURE_COOKIES  true bak HTTPS: sikre informasjonskapsler og HSTS
  TRUST_PROXY     true bak en omvendt proxy: klientens adresse hentes fra X-Forwarded-For
  DEMO            false for å starte uten demokommunen
  LOG_LEVEL       pino-nivå: fatal, error, warn, info, debug (standard info)
  SMTP_URL        SMTP-tjener for utgående e-post (smtp://bruker:passord@vert:587, smtps://… for TLS)
  MAIL_FROM       Avsender av e-post, «Navn <adresse>»; uten navn brukes kommunens navn
                  Uten både SMTP_URL og MAIL_FROM skrives hver e-post som .eml-fil til DATA_DIR/outbox
  UPLOAD_LIMIT_MB Største fil som kan lastes opp som dokument, i megabyte (standard 50)
  SOFFICE         LibreOffice-kommandoen som gjør Word- og OpenDocument-filer om til PDF
                  (standard soffice); uten LibreOffice beholdes originalen og venter på konvertering
  GHOSTSCRIPT     Ghostscript-kommandoen som lager arkivkopien i PDF/A av vedlegg som ikke er
                  PDF/A fra før (standard gs)

Administrasjonskommandoer: npm run cli -- --help
`;

if (process.argv.includes("--help")) {
  process.stdout.write(HELP);
  process.exit(0);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Feil: ${error.message}\n`);
  process.exit(1);
}
if (!/^https?:$/.test(URL.parse(config.baseUrl)?.protocol ?? "")) {
  process.stderr.write(
    `Feil: BASE_URL «${config.baseUrl}» er ikke en full adresse; skriv for eksempel https://politikk.kommune.no\n`,
  );
  process.exit(1);
}
const started = Date.now();
let mailer: Mailer;
try {
  mailer = createMailer(config);
} catch (error) {
  if (!(error instanceof MailConfigError)) throw error;
  process.stderr.write(`Feil: ${error.message}\n`);
  process.exit(1);
}
const { handle, blobs, createdAccounts, seeded } = await bootstrap(config).catch(
  (error: unknown) => {
    if (!(error instanceof DatabaseInUseError)) throw error;
    process.stderr.write(`Feil: ${error.message}\n`);
    process.exit(1);
  },
);
// Readable lines at a terminal; one JSON object a line when a log collector reads the output.
const app = await buildApp({
  db: handle.db,
  changes: await ChangeFeed.listen(handle),
  config,
  blobs,
  logger: process.stdout.isTTY ? "pretty" : "json",
});

const worker = startJobWorker({
  db: handle.db,
  registry: createJobRegistry(JOB_DEFINITIONS),
  services: { db: handle.db, mailer, blobs, conversion: officeConversionSettings(config) },
  // The embedded database admits one process, so a job left running was cut off by the last one.
  exclusive: handle.engine === "pglite",
  listen: jobListener(handle),
  log: app.log,
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => worker.stop())
      .then(() => mailer.close())
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
}

await app.listen({ port: config.port, host: config.host });
const lines = [
  "",
  `Folkestyre kjører på ${config.baseUrl}  (klar etter ${((Date.now() - started) / 1000).toFixed(1)} s, database: ${handle.engine === "pglite" ? `PGlite i ${config.dataDir}` : "PostgreSQL"})`,
];
lines.push(
  mailer.kind === "smtp"
    ? `E-post sendes via SMTP fra ${mailer.sender.address}.`
    : `E-post skrives til ${outboxDir(config)} (sett SMTP_URL og MAIL_FROM for å sende den).`,
);
if (seeded) lines.push("Demokommunen «Eksempel kommune» er lastet inn.");
if (createdAccounts.length > 0) {
  lines.push(
    "Brukere opprettet nå med engangspassord (vises bare denne ene gangen; hver bruker velger",
    "et nytt passord ved første innlogging):",
  );
  for (const account of createdAccounts)
    lines.push(
      `  ${ROLE_NAMES[account.role].padEnd(14)} brukernavn: ${account.username.padEnd(14)} engangspassord: ${account.password}`,
    );
} else {
  lines.push("Glemt passordet? Sett et nytt med: npm run cli -- reset-password <brukernavn>");
}
process.stdout.write(`${lines.join("\n")}\n\n`);
