import type { Database } from "../../src/db/database.ts";
import { osloParts } from "../../src/domain/time.ts";
import type { CaseInput } from "../../src/features/cases/case-record.ts";
import { createCase } from "../../src/features/cases/create-case.ts";
import { commitOrThrow, nextSequence, TEST_ACTOR } from "./run.ts";

export interface CaseOptions extends Partial<Omit<CaseInput, "route">> {
  /** The bodies the case passes, in order; the last one decides. */
  route: number[];
  /** Short for an exempt case with a neutral public title and a basis. */
  exempt?: boolean;
  /** When the case is registered; by default now. */
  now?: Date;
}

export interface BuiltCase extends CaseInput {
  id: number;
}

/** A public political case (PS) with a unique archive number in this year's series. */
export async function buildCase(db: Database, options: CaseOptions): Promise<BuiltCase> {
  const { exempt, now, ...overrides } = options;
  const n = nextSequence();
  const input: CaseInput = {
    archiveCaseNumber: `${osloParts(new Date()).year}/${10_000 + n}`,
    title: `Testsak ${n}`,
    caseType: "PS",
    caseOfficer: "Kari Saksbehandler",
    responsibleUnit: "Plan og byggesak",
    summary: "Saken er laget for en test.",
    facts: "Saken har ingen forhistorie.",
    assessment: "Kommunedirektøren ser ingen grunn til å gjøre noe annet.",
    recommendation: "Saken tas til orientering.",
    access: exempt ? "exempt" : "public",
    publicTitle: exempt ? "Personalsak" : null,
    exemptionBasis: exempt ? "Offl. § 13 jf. fvl. § 13" : null,
    ...overrides,
    ownerId: overrides.ownerId ?? null,
  };
  const { caseId } = await commitOrThrow(db, (tx) =>
    createCase({ actor: TEST_ACTOR, input, now, tx }),
  );
  return { id: caseId, ...input };
}
