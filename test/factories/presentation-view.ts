import type { PresentationView } from "../../src/documents/presentation-view.ts";

const paragraph =
  "Kommunen har mottatt forslag til detaljregulering for Øvre Ås boligfelt. Planforslaget " +
  "legger til rette for om lag 120 boliger, en barnehage med fire avdelinger og grøntdrag " +
  "langs bekken. Det er holdt åpne møter med naboer, velforeningen og elevrådene på skolene " +
  "i området, og innspillene er oppsummert i vedlegg 3.";

/** Text enough for three pages of presentation, with Norwegian letters throughout. */
const sectionText = (paragraphs: number): string =>
  Array.from({ length: paragraphs }, () => paragraph).join("\n\n");

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
    summary: sectionText(2),
    facts: sectionText(10),
    assessment: sectionText(9),
    attachments: ["Plankart", "Planbeskrivelse", "Oppsummering av innspill"],
    approval: { by: "Ola Direktør", at: new Date("2026-11-20T09:00:00Z") },
    revision: { reason: "Rettet arealtallene i saksopplysningene.", by: "Kari Nordmann" },
    createdAt: new Date("2026-11-25T09:00:00Z"),
    ...overrides,
  };
}
