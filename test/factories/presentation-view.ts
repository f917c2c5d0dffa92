import type { PresentationView } from "../../src/documents/presentation-view.ts";

const paragraph =
  "Kommunen har mottatt forslag til detaljregulering for Øvre Ås boligfelt. Planforslaget " +
  "legger til rette for om lag 120 boliger, en barnehage med fire avdelinger og grøntdrag " +
  "langs bekken. Det er holdt åpne møter med naboer, velforeningen og elevrådene på skolene " +
  "i området, og innspillene er oppsummert i vedlegg 3.";

const paragraphs = (count: number): string =>
  Array.from({ length: count }, () => paragraph).join("\n\n");

/** Facts in the light markup: a subheading, a bulleted list with bold, and a table. */
const facts = [
  paragraphs(3),
  "# Planforslaget",
  "Forslaget omfatter **tre delområder**:",
  "- B1: frittliggende småhus\n- B2: rekkehus og **leiligheter**\n- o_BH: barnehage",
  "| Delområde | Areal (daa) | Boliger |\n|---|---|---|\n| B1 | 18,4 | 32 |\n| B2 | 22,9 | 88 |\n| o_BH | 6,1 | 0 |",
  paragraphs(4),
].join("\n\n");

/** The presentation of an exempt case in its second version, which fills three pages. */
export function threePageView(overrides: Partial<PresentationView> = {}): PresentationView {
  return {
    caseId: 1,
    caseVersionId: 1,
    version: 2,
    municipality: "Eksempel kommune",
    title: "Detaljregulering for Øvre Ås boligfelt – andre gangs behandling",
    archiveCaseNumber: "2026/1234",
    caseOfficer: "Kari Nordmann",
    responsibleUnit: "Plan og byggesak",
    exemptionBasis: "Offl. § 13 jf. fvl. § 13 første ledd nr. 1",
    route: [
      { body: "Planutvalget", meetingAt: new Date("2026-11-10T17:00:00Z"), caseNumber: "PS 45/26" },
      { body: "Formannskapet", meetingAt: new Date("2026-12-03T17:00:00Z"), caseNumber: null },
      { body: "Kommunestyret", meetingAt: null, caseNumber: null },
    ],
    recommendation:
      "1. Kommunestyret vedtar detaljregulering for Øvre Ås boligfelt.\n" +
      "2. Kommunedirektøren får fullmakt til å gjøre mindre endringer i plankartet.\n" +
      "3. Vedtaket kunngjøres etter plan- og bygningsloven § 12-12.",
    summary: paragraphs(2),
    facts,
    assessment: paragraphs(8),
    attachments: ["Plankart", "Planbeskrivelse", "Oppsummering av innspill"],
    approval: { by: "Ola Direktør", at: new Date("2026-11-20T09:00:00Z") },
    revision: { reason: "Rettet arealtallene i saksopplysningene.", by: "Kari Nordmann" },
    createdAt: new Date("2026-11-25T09:00:00Z"),
    ...overrides,
  };
}
