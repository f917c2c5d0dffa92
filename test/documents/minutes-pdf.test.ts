import { beforeAll, describe, expect, it } from "vitest";
import { renderMinutesPdf } from "../../src/documents/minutes-pdf.ts";
import type { Minutes } from "../../src/features/minutes/minutes-model.ts";
import { minutesItem, sampleMinutes } from "../fixtures/minutes.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

const issuedAt = new Date("2026-11-13T08:00:00Z");

/** The sample minutes with a second item, closed and exempt, whose decision is withheld. */
const withClosedItem = () =>
  sampleMinutes({
    items: [
      minutesItem(),
      minutesItem({
        agendaItemId: 2,
        numberLabel: "PS 13/2026",
        title: "Tilsetting av rektor",
        archiveCaseNumber: "2026/88",
        exemptBasis: "Offl. § 25, jf. kl. § 11-5 (2) a",
        treatment: [],
        decision: null,
        decisionWithheldBasis: "Offl. § 25",
      }),
    ],
  });

/** The first draft of the minutes as PDF. */
const firstDraft = async (minutes: Minutes) =>
  (
    await renderMinutesPdf({
      minutes,
      municipality: "Eksempel kommune",
      version: 1,
      kind: "draft",
      reason: null,
      issuedAt,
    })
  ).pdf;

const text = async (pdf: Buffer) => (await pdfTool("pdftotext", ["-layout"], pdf)).stdout;

describe.skipIf(skipPdfToolSuite("minutes PDF"))("the minutes as PDF", () => {
  let draft: Buffer;
  let approved: Buffer;
  let publicDraft: Buffer;

  beforeAll(async () => {
    const minutes = withClosedItem();
    draft = await firstDraft(minutes);
    publicDraft = await firstDraft({ ...minutes, audience: "public" });
    approved = (
      await renderMinutesPdf({
        minutes: {
          ...sampleMinutes({ approved: true }),
          signers: [
            {
              personId: 2,
              name: "Per Olsen",
              party: "Ap",
              role: "Medlem",
              signedAt: "2026-11-14T09:30:00.000Z",
            },
          ],
        },
        municipality: "Eksempel kommune",
        version: 3,
        kind: "correction",
        reason: "Feil stemmetall i PS 12/2026",
        issuedAt,
      })
    ).pdf;
  });

  it("is tagged PDF/A-2a in Norwegian with Source Sans 3 embedded, and passes qpdf's check", async () => {
    for (const pdf of [draft, approved, publicDraft]) {
      const info = await pdfTool("pdfinfo", [], pdf);
      expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
      expect(info.stdout).toMatch(/^Title:\s+Møteprotokoll.*Kommunestyret, 12\.11\.2026$/m);
      const meta = await pdfTool("pdfinfo", ["-meta"], pdf);
      expect(meta.stdout).toContain("<pdfaid:part>2</pdfaid:part>");
      expect(meta.stdout).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
      expect(meta.stdout).toMatch(/xml:lang="nb-NO"|<dc:language>[\s\S]*nb-NO/);
      const fonts = await pdfTool("pdffonts", [], pdf);
      for (const row of fonts.stdout.trim().split("\n").slice(2))
        expect(row).toMatch(/^[A-Z]{6}\+SourceSans3-.*\s+yes\s+yes\s+yes\s/);
      const check = await pdfTool("qpdf", ["--check"], pdf);
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    }
  });

  it("reads as Norwegian minutes: header, who met, treatment, decision, signers", async () => {
    const words = await text(draft);
    expect(words).toMatch(/Eksempel kommune\s+Møteprotokoll/);
    expect(words).toContain("Kommunestyret, torsdag 12. november 2026");
    expect(words).toMatch(/Tid:\s+18:02–21:30/);
    expect(words).toMatch(/Sted:\s+Rådhuset, kommunestyresalen/);
    expect(words).toContain("Anne Hansen (H), leder");
    expect(words).toMatch(/Forfall\s+•\s+Ola Berg \(Sp\)/);
    expect(words).toContain("Kari Nilsen (Sp) for Ola Berg, hele møtet");
    expect(words).toContain("Kommunedirektør Liv Dahl");
    expect(words).toMatch(/PS 12\/2026 Reguleringsplan for Strandveien/);
    expect(words).toContain("Arkivsak 2026/1234");
    expect(words).toMatch(/Behandling\s+Forslag 1 fra Anne Hansen \(H\):\s+Saken utsettes/);
    expect(words).toContain("Innstillingen ble vedtatt med 25 mot 10 stemmer.");
    expect(words).toMatch(/Vedtak\s+Reguleringsplanen vedtas som foreslått\./);
    expect(words).toMatch(/Underskrifter[\s\S]*Per Olsen \(Ap\)/);
  });

  it("marks a draft as not approved on every page, and an approved correction with its reason", async () => {
    const words = await text(draft);
    const pages = words.split("\f").filter((page) => page.trim());
    for (const page of pages) expect(page).toContain("Utkast – ikke godkjent");
    expect(words).toContain("Protokollen er ikke godkjent.");
    const final = await text(approved);
    expect(final).not.toContain("ikke godkjent");
    expect(final).toContain("Rettet versjon 3 av 13.11.2026. Grunn: Feil stemmetall i PS 12/2026");
    expect(final).toMatch(
      /Per Olsen \(Ap\), underskrevet elektronisk lørdag 14\. november 2026 kl\. 10:30/,
    );
    expect(final).toMatch(/Kommunestyret · 12\.11\.2026 · versjon 3 · godkjent\s+Side 1 av 1/);
  });

  it("says why a withheld decision is not shown", async () => {
    const words = await text(publicDraft);
    expect(words).toContain("Vedtaket er unntatt offentlighet: Offl. § 25.");
    expect(words).toMatch(
      /PS 13\/2026 Tilsetting av rektor\s+Arkivsak 2026\/88\s+Unntatt offentlighet/,
    );
  });

  it("gives the same bytes for the same version", async () => {
    const again = await firstDraft(withClosedItem());
    expect(again.equals(draft)).toBe(true);
  });
});
