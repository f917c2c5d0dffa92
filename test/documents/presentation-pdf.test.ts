import { beforeAll, describe, expect, it } from "vitest";
import { renderPresentation } from "../../src/documents/presentation.ts";
import { renderPdf, TypstError } from "../../src/documents/typst.ts";
import { threePageView } from "../factories/presentation-view.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

describe.skipIf(skipPdfToolSuite("Presentation PDF checks"))("the presentation PDF", () => {
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    const rendered = await renderPresentation(threePageView());
    pdf = rendered.pdf;
    expect(rendered.pageCount).toBe(3);
    const text = await pdfTool("pdftotext", ["-layout"], pdf);
    // pdftotext ends every page with a form feed.
    pages = text.stdout.split("\f").slice(0, -1);
  });

  it("is tagged PDF/A-2a with its title, author and language", async () => {
    const info = await pdfTool("pdfinfo", [], pdf);
    expect(info.stdout).toMatch(/^Pages:\s+3$/m);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(info.stdout).toMatch(
      /^Title:\s+Saksframlegg, versjon 2: Detaljregulering for Øvre Ås boligfelt/m,
    );
    expect(info.stdout).toMatch(/^Author:\s+Kari Nordmann$/m);
    const meta = await pdfTool("pdfinfo", ["-meta"], pdf);
    expect(meta.stdout).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(meta.stdout).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
    expect(meta.stdout).toMatch(/<dc:language>.*<rdf:li>nb-NO<\/rdf:li>/s);
  });

  it("embeds every font it uses, all from the shipped family", async () => {
    const fonts = await pdfTool("pdffonts", [], pdf);
    const rows = fonts.stdout.trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+SourceSans3-/);
      // The columns after the encoding: embedded, subset, unicode map.
      expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes\s/);
    }
    expect(rows.some((row) => row.includes("SourceSans3-Bold"))).toBe(true);
  });

  it("passes qpdf's structural check", async () => {
    const check = await pdfTool("qpdf", ["--check"], pdf);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("No syntax or stream encoding errors found");
  });

  it("reads as a saksframlegg: header, route table, headings and the numbered points", () => {
    const first = pages[0] ?? "";
    expect(first).toMatch(/Eksempel kommune\s+Saksframlegg/);
    expect(first).toMatch(/Saksbehandler:\s+Kari Nordmann\s+Arkivsak:\s+2026\/1234/);
    expect(first).toMatch(/Enhet:\s+Plan og byggesak\s+Dato:\s+25\.11\.2026/);
    expect(first).toMatch(/Saksnr\.\s+Utvalg\s+Møtedato/);
    expect(first).toMatch(/PS 45\/26\s+Planutvalget\s+10\.11\.2026/);
    expect(first).toMatch(/Formannskapet\s+03\.12\.2026/);
    expect(first).toContain("Kommunestyret");
    expect(first).toContain("Endret i versjon 2 av Kari Nordmann: Rettet arealtallene");
    const all = pages.join("\n");
    const headings = [
      "Detaljregulering for Øvre Ås boligfelt – andre gangs behandling",
      "Kommunedirektørens innstilling",
      "Sammendrag",
      "Saksopplysninger",
      "Vurdering",
      "Vedlegg",
    ];
    const at = headings.map((heading) => all.indexOf(heading));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).toContain("1. Kommunestyret vedtar detaljregulering for Øvre Ås boligfelt.");
    expect(all).toContain("2. Kommunedirektøren får fullmakt til å gjøre mindre endringer");
    expect(all).toContain("3. Vedtaket kunngjøres etter plan- og bygningsloven § 12-12.");
    expect(all).toMatch(/1\.\s+Plankart\s+2\.\s+Planbeskrivelse\s+3\.\s+Oppsummering av innspill/);
  });

  it("sets the section texts' markup: subheading, bulleted list and table", () => {
    const all = pages.join("\n");
    expect(all).toMatch(/^Planforslaget$/m);
    expect(all).toContain("Forslaget omfatter tre delområder:");
    expect(all).not.toContain("**");
    expect(all).toMatch(/•\s+B1: frittliggende småhus\s+•\s+B2: rekkehus og leiligheter/);
    expect(all).toMatch(/Delområde\s+Areal \(daa\)\s+Boliger\s+B1\s+18,4\s+32\s+B2\s+22,9\s+88/);
    expect(all).not.toContain("|---");
  });

  it("prints the exemption, the version, the approval and the page on every page", () => {
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      expect(page).toContain("Unntatt offentlighet: Offl. § 13 jf. fvl. § 13 første ledd nr. 1");
      expect(page).toContain("Versjon 2 av 25.11.2026 · Godkjent 20.11.2026 av Ola Direktør");
      expect(page).toContain(`Side ${index + 1} av 3`);
    });
    expect(pages[1]).toContain("Eksempel kommune · Saksframlegg · Arkivsak 2026/1234");
  });
});

describe("rendering a presentation", () => {
  it("gives the same bytes for the same version, so a re-run stores nothing new", async () => {
    const view = threePageView();
    expect((await renderPresentation(view)).pdf.equals((await renderPresentation(view)).pdf)).toBe(
      true,
    );
  });

  it.skipIf(skipPdfToolSuite("Presentation text checks"))(
    "prints Typst's own signs as typed, and leaves out what an exempt case alone has",
    async () => {
      const typed =
        "Kostnad $a$ = 1 // /* @ref <merke> [x] \\ `kode` ~ -- ... 'a' \"b\" #let _x_ *y* #{1+1} =";
      const { pdf } = await renderPresentation(
        threePageView({
          summary: `${typed}\n= ikke overskrift\n+ ikke punkt`,
          facts: "",
          assessment: "",
          exemptionBasis: null,
          revision: null,
        }),
      );
      const text = (await pdfTool("pdftotext", [], pdf)).stdout;
      expect(text).toContain(typed);
      expect(text).toContain("= ikke overskrift");
      expect(text).toContain("+ ikke punkt");
      expect(text).not.toContain("Unntatt offentlighet");
      expect(text).not.toContain("Saksopplysninger");
      expect(text).not.toContain("Endret i versjon");
    },
  );

  it.skipIf(skipPdfToolSuite("Presentation glyph checks"))(
    "puts a placeholder where the font has no glyph, since PDF/A allows no missing-glyph box",
    async () => {
      const { pdf } = await renderPresentation(
        threePageView({
          summary: "Sámi: Guovdageaidnu, Čáhcesuolu, ŋ ŧ đ. Bra 👍 og 中文 · slutt.",
        }),
      );
      const text = (await pdfTool("pdftotext", [], pdf)).stdout;
      expect(text).toContain("Sámi: Guovdageaidnu, Čáhcesuolu, ŋ ŧ đ. Bra □ og □□ · slutt.");
      const fonts = (await pdfTool("pdffonts", [], pdf)).stdout.trim().split("\n").slice(2);
      expect(fonts.every((row) => /\+SourceSans3-/.test(row))).toBe(true);
    },
  );

  it("turns a template failure into an error that lists Typst's diagnostics", async () => {
    let thrown: unknown;
    try {
      await renderPdf("presentation.typ", { meta: {} });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypstError);
    const error = thrown as TypstError;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.message).toContain("presentation.typ");
    expect(error.message).toMatch(/does not contain key/);
  });
});

describe.skipIf(skipPdfToolSuite("Presentation PDF checks"))("renders asked for at once", () => {
  it("each come back as their own document, a failed one among them failing alone", async () => {
    const titles = Array.from({ length: 9 }, (_, n) => `Samtidig sak nummer ${n + 1}`);
    const [good, failed] = await Promise.all([
      Promise.all(titles.map((title) => renderPresentation(threePageView({ title })))),
      renderPdf("presentation.typ", { meta: {} }).then(
        () => null,
        (error: unknown) => error,
      ),
    ]);
    expect(failed).toBeInstanceOf(TypstError);
    for (const [index, rendered] of good.entries()) {
      const info = await pdfTool("pdfinfo", [], rendered.pdf);
      expect(info.stdout).toMatch(new RegExp(`^Title:.*: ${titles[index]}$`, "m"));
    }
  });
});
