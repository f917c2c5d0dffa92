import { beforeAll, describe, expect, it } from "vitest";
import {
  type MeetingPapersView,
  renderAgenda,
  renderNotice,
} from "../../src/documents/meeting-papers.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

const view = (changes: Partial<MeetingPapersView> = {}): MeetingPapersView => ({
  municipality: "Eksempel kommune",
  bodyName: "Formannskapet",
  meetingNumber: "Møte 5/2026",
  startsAt: new Date("2026-12-10T17:00:00Z"),
  endsAt: new Date("2026-12-10T20:00:00Z"),
  location: "Rådhuset",
  room: "Formannskapssalen",
  isRemote: true,
  chair: "Ola Nordmann",
  version: 1,
  kind: "notice",
  issuedAt: new Date("2026-11-30T09:00:00Z"),
  items: [
    {
      number: "PS 40/26",
      title: "Godkjenning av innkalling og saksliste",
      publicTitle: null,
      exemptionBasis: null,
      closedBasis: null,
      withdrawnReason: null,
      addedAfterNotice: false,
    },
    {
      number: "PS 41/26",
      title: "Ansettelse av kommunedirektør Kari Hansen",
      publicTitle: "Ansettelse av kommunedirektør",
      exemptionBasis: "Offl. § 25",
      closedBasis: "Kl. § 11-5 (2) a",
      withdrawnReason: null,
      addedAfterNotice: false,
    },
    {
      number: "PS 42/26",
      title: "Budsjettjustering 2026",
      publicTitle: null,
      exemptionBasis: null,
      closedBasis: null,
      withdrawnReason: "Saken er ikke ferdig utredet",
      addedAfterNotice: false,
    },
    {
      number: "PS 43/26",
      title: "Tilskudd til idrettshall",
      publicTitle: null,
      exemptionBasis: null,
      closedBasis: null,
      withdrawnReason: null,
      addedAfterNotice: true,
    },
    {
      number: "",
      title: "Eventuelt",
      publicTitle: null,
      exemptionBasis: null,
      closedBasis: null,
      withdrawnReason: null,
      addedAfterNotice: false,
    },
  ],
  changes: [],
  ...changes,
});

async function textOf(pdf: Buffer): Promise<string> {
  return (await pdfTool("pdftotext", ["-layout"], pdf)).stdout;
}

async function expectArchivable(pdf: Buffer, title: RegExp) {
  const info = await pdfTool("pdfinfo", [], pdf);
  expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
  expect(info.stdout).toMatch(title);
  const meta = await pdfTool("pdfinfo", ["-meta"], pdf);
  expect(meta.stdout).toContain("<pdfaid:part>2</pdfaid:part>");
  expect(meta.stdout).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
  const fonts = await pdfTool("pdffonts", [], pdf);
  for (const row of fonts.stdout.trim().split("\n").slice(2))
    expect(row).toMatch(/^[A-Z]{6}\+SourceSans3-.*Identity-H\s+yes\s+yes\s+yes\s/);
  const check = await pdfTool("qpdf", ["--check"], pdf);
  expect(check.stderr).toBe("");
  expect(check.status).toBe(0);
}

describe.skipIf(skipPdfToolSuite("Meeting papers PDF checks"))("the notice and the agendas", () => {
  let notice: Buffer;
  let publicAgenda: Buffer;
  let fullAgenda: Buffer;

  beforeAll(async () => {
    notice = (await renderNotice(view())).pdf;
    publicAgenda = (await renderAgenda(view(), "everyone")).pdf;
    fullAgenda = (await renderAgenda(view(), "members")).pdf;
  });

  it("are tagged PDF/A-2a with embedded fonts and pass qpdf's check", async () => {
    await expectArchivable(notice, /^Title:\s+Innkalling: Formannskapet, 10\.12\.2026$/m);
    await expectArchivable(publicAgenda, /^Title:\s+Saksliste: Formannskapet/m);
    await expectArchivable(fullAgenda, /^Title:\s+Saksliste \(medlemmenes utgave\)/m);
  });

  it("the notice says when, where, remote participation, absence and the chair as sender", async () => {
    const text = await textOf(notice);
    expect(text).toMatch(/Eksempel kommune\s+Innkalling/);
    expect(text).toContain("Innkalling til møte i Formannskapet");
    expect(text).toMatch(/Dato:\s+torsdag 10\. desember 2026/);
    expect(text).toMatch(/Tid:\s+18:00–21:00/);
    expect(text).toMatch(/Sted:\s+Rådhuset, Formannskapssalen/);
    expect(text).toContain("fjernmøte");
    expect(text).toContain("gyldig forfall");
    expect(text).toMatch(/Med hilsen\s+Ola Nordmann\s+Leder, Formannskapet/);
  });

  it("the notice and the public agenda name an exempt item only by its neutral title", async () => {
    for (const pdf of [notice, publicAgenda]) {
      const text = await textOf(pdf);
      expect(text).toMatch(/PS 41\/26\s+Ansettelse av kommunedirektør\n/);
      expect(text).toContain("Unntatt offentlighet, Offl. § 25");
      expect(text).not.toContain("Kari Hansen");
    }
  });

  it("the members' agenda has the real title and says on every page what it holds", async () => {
    const text = await textOf(fullAgenda);
    expect(text).toContain("Ansettelse av kommunedirektør Kari Hansen");
    expect(text).toContain("Medlemmenes utgave – inneholder opplysninger unntatt offentlighet");
  });

  it("marks a withdrawn item, keeping its number, and a supplementary item", async () => {
    const text = await textOf(publicAgenda);
    expect(text).toMatch(/PS 42\/26\s+Budsjettjustering 2026/);
    expect(text).toContain("Trukket: Saken er ikke ferdig utredet");
    expect(text).toMatch(/PS 43\/26\s+Tilskudd til idrettshall\s+Tilleggssak/);
  });

  it("a later version says which it is and lists the changes", async () => {
    const text = await textOf(
      (
        await renderNotice(
          view({
            version: 2,
            kind: "supplement",
            changes: ["PS 43/26 er lagt til som tilleggssak."],
          }),
        )
      ).pdf,
    );
    expect(text).toContain("Tilleggsinnkalling til møte i Formannskapet");
    expect(text).toContain("Versjon 2 av 30.11.2026");
    expect(text).toContain("PS 43/26 er lagt til som tilleggssak.");
  });

  it("gives the same bytes for the same data", async () => {
    expect((await renderNotice(view())).pdf.equals(notice)).toBe(true);
  });
});
