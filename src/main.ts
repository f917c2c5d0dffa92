import { ROLE_NAMES } from "./auth/roles.ts";
import { bootstrap } from "./bootstrap.ts";
import { loadConfig } from "./config.ts";
import { buildApp } from "./server.ts";

  administrator: "administrator",
  secretariat: "sekretariat",
  case_officer: "saksbehandler",
  member: "folkevalgt",
};

const config = loadConfig();
const started = Date.now();
const { handle, blobs, createdAccounts, seeded } = await bootstrap(config);
const app = await buildApp({ db: handle.db, config, blobs, logger: true });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => handle.close())
      .then(() => process.exit(0));
  });
}

await app.listen({ port: config.port, host: config.host });
const lines = [
  "",
  `Folkestyre kjører på ${config.baseUrl}  (klar etter ${((Date.now() - started) / 1000).toFixed(1)} s, database: ${handle.engine === "pglite" ? `PGlite i ${config.dataDir}` : "PostgreSQL"})`,
];
if (seeded) lines.push("Demokommunen «Eksempel kommune» er lastet inn.");
if (createdAccounts.length > 0) {
  lines.push("Brukere opprettet nå (passordene vises bare denne ene gangen):");
  for (const account of createdAccounts)
    lines.push(
      `  ${ROLE_NAMES[account.role].padEnd(14)} brukernavn: ${account.username.padEnd(14)} passord: ${account.password}`,
    );
} else {
  lines.push("Glemt passordet? Sett et nytt med: npm run cli -- reset-password <brukernavn>");
}
process.stdout.write(`${lines.join("\n")}\n\n`);
