import { describe, expect, it } from "vitest";
import { ArchiveCopyError, archiveCopy, pdfaPart } from "../../src/documents/archive-copy.ts";
import { renderPresentation } from "../../src/documents/presentation.ts";
import { threePageView } from "../factories/presentation-view.ts";
import { makePdf, skipWithout } from "../helpers/documents.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

describe("the archive copy", () => {
  it("passes a generated PDF/A-2a through unchanged", async () => {
    const { pdf } = await renderPresentation(threePageView());
    expect(await pdfaPart(pdf)).toBe(2);
    expect(await archiveCopy(pdf, { ghostscript: "/finnes/ikke/gs" })).toBe(pdf);
  });

  it("says so when Ghostscript is missing, for a PDF that needs converting", async () => {
    const plain = await makePdf(["Vedlegg"]);
    expect(await pdfaPart(plain)).toBeNull();
    await expect(archiveCopy(plain, { ghostscript: "/finnes/ikke/gs" })).rejects.toThrow(
      new ArchiveCopyError(
        "Ghostscript (/finnes/ikke/gs) er ikke installert, så arkivkopien i PDF/A kan ikke lages. " +
          "Installer pakken ghostscript, eller sett GHOSTSCRIPT til kommandoen.",
      ),
    );
  });

  it.skipIf(skipWithout("gs", "ghostscript") || skipPdfToolSuite("Archive copy checks"))(
    "converts any other PDF to PDF/A-2 with Ghostscript, text and fonts kept",
    async () => {
      const plain = await makePdf(["Søknad om dispensasjon", "Side to av søknaden"]);
      const copy = await archiveCopy(plain);
      expect(await pdfaPart(copy)).toBe(2);
      const check = await pdfTool("qpdf", ["--check"], copy);
      expect(check.status).toBe(0);
      expect(check.stdout).toContain("No syntax or stream encoding errors found");
      const meta = await pdfTool("pdfinfo", ["-meta"], copy);
      expect(meta.stdout).toMatch(/pdfaid:part(='|>)2/);
      expect((await pdfTool("pdfinfo", [], copy)).stdout).toMatch(/^Pages:\s+2$/m);
      const fonts = (await pdfTool("pdffonts", [], copy)).stdout.trim().split("\n").slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$/);
      const text = (await pdfTool("pdftotext", [], copy)).stdout;
      expect(text).toContain("Søknad om dispensasjon");
      expect(text).toContain("Side to av søknaden");
    },
  );
});
