import path from "node:path";
import { parseArgs } from "node:util";
import { LocalBlobStore } from "./blobs/blob-store.ts";
import { commit } from "./commit/commit.ts";
import { refusalLines, refused, succeeded } from "./commit/outcome.ts";
import { loadConfig } from "./config.ts";
import { type DatabaseHandle, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { generateLarge } from "./demo/generate-large.ts";
import {
  markAllForSearch,
  refreshWholeSearchIndex,
} from "./features/search/refresh-search-index.ts";
import { createUserAccount } from "./features/users/create-user-account.ts";
import { resetUserPassword } from "./features/users/reset-user-password.ts";
import { loadUserAccount } from "./features/users/user-queries.ts";
import { newUserSchema, USER_ROLES } from "./features/users/user-schema.ts";
import { parseForm } from "./web/form-input.ts";

const HELP = `Folkestyre – administrasjonskommandoer

Bruk: npm run cli -- <kommando> [valg]

Kommandoer:
  migrate                          Oppdaterer databaseskjemaet til siste versjon.
  create-user <brukernavn>         Oppretter en bruker og skriver ut et engangspassord,
                                   som brukeren bytter ved første innlogging.
      --role <rolle>               administrator | secretariat | case_officer | member (standard: secretariat)
      --name <navn>                Visningsnavn (standard: brukernavnet)
      --email <adresse>            E-postadresse; saksbehandlere får melding om vedtak hit
  reset-password <brukernavn>      Setter et nytt engangspassord, skriver det ut og logger brukeren
                                   ut overalt; brukeren bytter det ved neste innlogging.
  generate-large                   Fyller en TOM database med en stor kommune (for ytelsestester).
      --bodies <antall>            Antall utvalg (standard 60+)
      --years <antall>             Antall år med møter (standard 15)
      --cases-per-year <antall>    Saker per år (standard ca. 7 000)
  search-reindex                   Bygger søkeindeksene (offentlig og arbeidsflate) på nytt fra
                                   alle saker, dokumenter, møter, utvalg og personer.
  --help                           Viser denne hjelpen.

Databasen velges som for «npm start»: DATABASE_URL for PostgreSQL, ellers PGlite i DATA_DIR (standard ./data).
`;

/** Changes made from the command line are recorded as the system's. */
const CLI_ACTOR = { kind: "system", name: "Kommandolinje" } as const;

function fail(message: string): never {
  process.stderr.write(`Feil: ${message}\n`);
  process.exit(1);
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) fail(`${option} må være et positivt heltall.`);
  return number;
}

async function withDatabase<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, "pglite"),
  });
  try {
    await migrateToLatest(handle.db);
    return await run(handle);
  } finally {
    await handle.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean" },
      role: { type: "string" },
      name: { type: "string" },
      email: { type: "string" },
      bodies: { type: "string" },
      years: { type: "string" },
      "cases-per-year": { type: "string" },
    },
  });
  const [command, argument] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return;
  }
  switch (command) {
    case "migrate": {
      const applied = await withDatabase(({ db }) => migrateToLatest(db));
      process.stdout.write(
        applied.length > 0 ? `Kjørte ${applied.join(", ")}\n` : "Skjemaet er oppdatert.\n",
      );
      return;
    }
    case "create-user": {
      if (!argument) fail("Oppgi brukernavn: npm run cli -- create-user <brukernavn>");
      const role = values.role ?? "secretariat";
      if (!(USER_ROLES as readonly string[]).includes(role))
        fail(`Ukjent rolle «${role}». Gyldige roller: ${USER_ROLES.join(", ")}.`);
      const input = parseForm(newUserSchema, {
        username: argument,
        displayName: values.name ?? argument,
        role,
        email: values.email ?? "",
      });
      if (!input.ok) fail(refusalLines(input.errors).join(" "));
      const outcome = await withDatabase(({ db }) =>
        commit({ db }, async (tx) =>
          succeeded(await createUserAccount({ actor: CLI_ACTOR, input: input.value, tx })),
        ),
      );
      if (!outcome.ok) fail(refusalLines(outcome.errors).join(" "));
      process.stdout.write(
        `Opprettet ${outcome.value.username} (${input.value.role}). Engangspassord: ${outcome.value.password}\n` +
          "Brukeren velger et nytt passord ved første innlogging.\n",
      );
      return;
    }
    case "reset-password": {
      if (!argument) fail("Oppgi brukernavn: npm run cli -- reset-password <brukernavn>");
      const outcome = await withDatabase(({ db }) =>
        commit({ db }, async (tx) => {
          const user = await tx
            .selectFrom("app_user")
            .select("id")
            .where("username", "=", argument.toLowerCase())
            .executeTakeFirst();
          if (!user) return refused({ form: `Fant ingen bruker med brukernavnet «${argument}».` });
          const account = await loadUserAccount(tx, user.id);
          return succeeded(await resetUserPassword({ actor: CLI_ACTOR, account, tx }));
        }),
      );
      if (!outcome.ok) fail(refusalLines(outcome.errors).join(" "));
      process.stdout.write(
        `Nytt engangspassord for ${argument.toLowerCase()}: ${outcome.value}\n` +
          "Brukeren velger et nytt passord ved neste innlogging.\n",
      );
      return;
    }
    case "generate-large": {
      const options = {
        bodies: positiveInteger(values.bodies, "--bodies"),
        years: positiveInteger(values.years, "--years"),
        casesPerYear: positiveInteger(values["cases-per-year"], "--cases-per-year"),
      };
      const { blobs, ...counts } = await withDatabase(async ({ db }) => {
        const existing = await db.selectFrom("municipality").select("id").executeTakeFirst();
        if (existing)
          fail(
            "Databasen har allerede en kommune. Bruk en tom database (f.eks. DATA_DIR=./data-stor).",
          );
        return generateLarge(db, {
          ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
          now: new Date(),
          onProgress: (message) => process.stdout.write(`${message}\n`),
        });
      });
      const store = new LocalBlobStore(path.join(loadConfig().dataDir, "blobs"));
      for (const blob of blobs) await store.put(blob.bytes);
      process.stdout.write(`Ferdig: ${JSON.stringify(counts)}\n`);
      return;
    }
    case "search-reindex": {
      const done = await withDatabase(async ({ db }) => {
        await markAllForSearch(db);
        return refreshWholeSearchIndex(db, (count) =>
          process.stdout.write(`${count} oppføringer oppdatert\n`),
        );
      });
      process.stdout.write(`Ferdig: ${done} oppføringer i søkeindeksene er bygget på nytt.\n`);
      return;
    }
    default:
      fail(`Ukjent kommando «${command}». Se npm run cli -- --help`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
