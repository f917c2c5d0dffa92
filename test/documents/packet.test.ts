import os from "node:os";
import {
  degrees,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  rgb,
} from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildPacket,
  PacketError,
  type PacketInput,
  type PacketItem,
} from "../../src/documents/packet.ts";
import { renderPresentation } from "../../src/documents/presentation.ts";
import { convertWithLibreOffice } from "../../src/features/documents/office-conversion.ts";
import { threePageView } from "../factories/presentation-view.ts";
import { makeDocx, skipWithout } from "../helpers/documents.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

const TITLE = "Kommunestyret – møte 5/2026, 10. desember 2026";
const BASIS = "Offl. § 13 jf. fvl. § 13 første ledd nr. 1";
const SECRET_TITLE = "Tilsetting av kommunedirektør";
const NEUTRAL_TITLE = "Tilsetting";

/**
 * An attachment as a scanner or drawing program makes it: vector shapes only, so it has no
 * fonts of its own, on pages of the given sizes and rotations.
 */
async function drawing(pages: Array<{ size?: [number, number]; rotate?: number }>) {
  const pdf = await PDFDocument.create();
  for (const { size, rotate = 0 } of pages) {
    const page = pdf.addPage(size ?? [595.28, 841.89]);
    page.drawRectangle({ x: 60, y: 60, width: 200, height: 120, color: rgb(0.2, 0.4, 0.6) });
    page.setRotation(degrees(rotate));
  }
  return pdf.save();
}

const notice = async () =>
  (
    await renderPresentation(
      threePageView({ exemptionBasis: null, revision: null, title: "Innkalling til møte" }),
    )
  ).pdf;

async function meetingItems(): Promise<PacketItem[]> {
  return [
    {
      number: "PS 1/26",
      title: "Godkjenning av innkalling og saksliste",
      exemptBasis: null,
      withdrawn: false,
      documents: [],
    },
    {
      number: "PS 2/26",
      title: "Detaljregulering for Øvre Ås boligfelt",
      exemptBasis: null,
      withdrawn: false,
      documents: [
        {
          title: "Saksframlegg, versjon 2",
          pdf: (await renderPresentation(threePageView({ exemptionBasis: null }))).pdf,
          exempt: false,
        },
        { title: "Plankart", pdf: await drawing([{}, { size: [1190.55, 841.89] }]), exempt: false },
        { title: "Sol- og skyggeanalyse", pdf: await drawing([{ rotate: 90 }]), exempt: false },
      ],
    },
    {
      number: "PS 3/26",
      title: SECRET_TITLE,
      exemptBasis: BASIS,
      withdrawn: false,
      documents: [
        {
          title: "Saksframlegg, versjon 2",
          pdf: (await renderPresentation(threePageView({ title: SECRET_TITLE }))).pdf,
          exempt: true,
        },
        { title: "Søkerliste", pdf: await drawing([{}]), exempt: true },
      ],
    },
    {
      number: "PS 4/26",
      title: "Budsjettjustering",
      exemptBasis: null,
      withdrawn: true,
      documents: [],
    },
    { number: "", title: "Eventuelt", exemptBasis: null, withdrawn: false, documents: [] },
  ];
}

/** What the public is given for the same meeting: the exempt item by its neutral title, bare. */
const forPublic = (items: PacketItem[]): PacketItem[] =>
  items.map((item) => (item.exemptBasis ? { ...item, title: NEUTRAL_TITLE, documents: [] } : item));

interface OutlineNode {
  title: string;
  destpageposfrom1: number;
  kids: OutlineNode[];
}

async function pagesText(pdf: Uint8Array): Promise<string[]> {
  const text = await pdfTool("pdftotext", ["-layout"], pdf);
  return text.stdout.split("\f").slice(0, -1);
}

describe.skipIf(skipPdfToolSuite("Meeting packet checks"))("the members' packet", () => {
  let input: PacketInput;
  let pdf: Uint8Array;
  let pageCount: number;
  let pages: string[];

  beforeAll(async () => {
    input = {
      title: TITLE,
      audience: "members",
      notice: await notice(),
      items: await meetingItems(),
    };
    ({ pdf, pageCount } = await buildPacket(input));
    pages = await pagesText(pdf);
  });

  it("passes qpdf's check, is tagged, and embeds every font it uses", async () => {
    const check = await pdfTool("qpdf", ["--check"], pdf);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("No syntax or stream encoding errors found");
    const info = await pdfTool("pdfinfo", [], pdf);
    // Notice 3, contents 1, presentation 3 + plan 2 + analysis 1, exempt presentation 3 + list 1.
    expect(pageCount).toBe(14);
    expect(info.stdout).toMatch(/^Pages:\s+14$/m);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(info.stdout).toContain(`Title:           ${TITLE}`);
    const fonts = (await pdfTool("pdffonts", [], pdf)).stdout.trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes\s/);
  });

  it("keeps the presentations' tags in one structure tree", async () => {
    const structure = await pdfTool("pdfinfo", ["-struct-text"], pdf);
    expect(structure.stdout.split("\n")[0]).toBe("Document");
    expect(structure.stdout).toContain('"Kommunedirektørens innstilling"');
    expect(structure.stdout).toContain('"Innhold"');
    expect(structure.stdout).toContain(`"${SECRET_TITLE}"`);
  });

  it("opens with the notice, then the contents with the items, their documents and pages", () => {
    expect(pages[0]).toContain("Innkalling til møte");
    const contents = pages[3] ?? "";
    expect(contents).toContain("Innhold");
    expect(contents).toMatch(/PS 1\/26\s+Godkjenning av innkalling og saksliste\s*\n/);
    expect(contents).toMatch(/PS 2\/26\s+Detaljregulering for Øvre Ås boligfelt\s+1\n/);
    expect(contents).toMatch(/Saksframlegg, versjon 2\s+1\n/);
    expect(contents).toMatch(/Plankart\s+4\n/);
    expect(contents).toMatch(/Sol- og skyggeanalyse\s+6\n/);
    expect(contents).toMatch(new RegExp(`PS 3/26\\s+${SECRET_TITLE}\\s+7\\n`));
    expect(contents).toContain(`Unntatt offentlighet: ${BASIS}`);
    expect(contents).toMatch(/Søkerliste\s+10\n/);
    expect(contents).toMatch(/PS 4\/26\s+Budsjettjustering\s*\n\s*Trukket/);
    expect(contents).toContain("Eventuelt");
  });

  it("stamps the item number and page on every item page, on any page size and turn", () => {
    const itemPages = pages.slice(4);
    expect(itemPages).toHaveLength(10);
    itemPages.forEach((page, index) => {
      const number = index < 6 ? "PS 2/26" : "PS 3/26";
      expect(page).toContain(number);
      expect(page).toContain(`Side ${index + 1}`);
    });
    expect(itemPages[3]).toContain("PS 2/26 Plankart · Side 4");
    expect(itemPages[4]).toContain("PS 2/26 Plankart · Side 5");
    expect(itemPages[5]).toContain("PS 2/26 Sol- og skyggeanalyse · Side 6");
  });

  it("marks every page of the exempt item, and no other, as exempt with its basis", () => {
    const mark = `Unntatt offentlighet: ${BASIS}`;
    pages.slice(4, 10).forEach((page) => {
      expect(page).not.toContain("Unntatt offentlighet");
    });
    pages.slice(10).forEach((page) => {
      expect(page).toContain(mark);
    });
    // The list of applicants has no text of its own: the mark is the packet's stamp.
    expect(pages[13]).toContain(mark);
  });

  it("has one bookmark per item with one per document under it", async () => {
    const json = await pdfTool("qpdf", ["--json", "--json-key=outlines"], pdf);
    const outlines = JSON.parse(json.stdout).outlines as OutlineNode[];
    const summary = (nodes: OutlineNode[]): unknown =>
      nodes.map((node) => [node.title, node.destpageposfrom1, summary(node.kids)]);
    expect(summary(outlines)).toEqual([
      ["Innkalling", 1, []],
      ["Innhold", 4, []],
      ["PS 1/26 Godkjenning av innkalling og saksliste", 4, []],
      [
        "PS 2/26 Detaljregulering for Øvre Ås boligfelt",
        5,
        [
          ["Saksframlegg, versjon 2", 5, []],
          ["Plankart", 8, []],
          ["Sol- og skyggeanalyse", 10, []],
        ],
      ],
      [
        `PS 3/26 ${SECRET_TITLE}`,
        11,
        [
          ["Saksframlegg, versjon 2", 11, []],
          ["Søkerliste", 14, []],
        ],
      ],
      ["PS 4/26 Budsjettjustering (trukket)", 4, []],
      ["Eventuelt", 4, []],
    ]);
  });

  it("labels the notice and contents in roman numerals and the item pages from 1", async () => {
    const json = await pdfTool("qpdf", ["--json", "--json-key=pagelabels"], pdf);
    expect(JSON.parse(json.stdout).pagelabels).toEqual([
      { index: 0, label: { "/S": "/r", "/St": 1 } },
      { index: 4, label: { "/S": "/D", "/St": 1 } },
    ]);
  });

  it("gives the same bytes for the same input", async () => {
    const again = await buildPacket(input);
    expect(Buffer.from(again.pdf).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe.skipIf(skipPdfToolSuite("Public packet checks"))("the public packet", () => {
  let pdf: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    const items = forPublic(await meetingItems());
    ({ pdf } = await buildPacket({
      title: TITLE,
      audience: "public",
      notice: await notice(),
      items,
    }));
    pages = await pagesText(pdf);
  });

  it("shows the exempt item's neutral title and basis on a page in place of its documents", () => {
    expect(pages).toHaveLength(11);
    const withheld = pages[10] ?? "";
    expect(withheld).toContain(`PS 3/26 ${NEUTRAL_TITLE}`);
    expect(withheld).toContain(`Unntatt offentlighet: ${BASIS}`);
    expect(withheld).toContain("er ikke med i den offentlige");
    expect(withheld).toContain("PS 3/26 Unntatt offentlighet · Side 7");
  });

  it("holds no exempt text at all", () => {
    const all = pages.join("\n");
    expect(all).not.toContain(SECRET_TITLE);
    expect(all).not.toContain("Søkerliste");
    expect(all).toContain("Offentlig versjon");
  });

  it("passes qpdf's check and is tagged", async () => {
    expect((await pdfTool("qpdf", ["--check"], pdf)).status).toBe(0);
    expect((await pdfTool("pdfinfo", [], pdf)).stdout).toMatch(/^Tagged:\s+yes$/m);
  });
});

/** The keys of a flat number tree, as the packet writes its parent tree. */
function numberTreeKeys(tree: PDFDict): number[] {
  const nums = tree.lookup(PDFName.of("Nums"), PDFArray);
  const keys: number[] = [];
  for (let index = 0; index < nums.size(); index += 2)
    keys.push(nums.lookup(index, PDFNumber).asNumber());
  return keys;
}

describe("the packet's structure tree", () => {
  it("gives every page and link its own parent-tree entry, and every element a unique id", async () => {
    const linked = (
      await renderPresentation(
        threePageView({
          exemptionBasis: null,
          summary:
            "Se [planregisteret](https://www.example.no/plan) og https://www.example.no/kart.",
        }),
      )
    ).pdf;
    const items = await meetingItems();
    const withLinks = items.map((item) =>
      item.number === "PS 2/26"
        ? {
            ...item,
            documents: [{ title: "Saksframlegg", pdf: linked, exempt: false }, ...item.documents],
          }
        : item,
    );
    const { pdf } = await buildPacket({
      title: TITLE,
      audience: "members",
      notice: await notice(),
      items: withLinks,
    });
    const packet = await PDFDocument.load(pdf);
    const root = packet.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
    const keys = numberTreeKeys(root.lookup(PDFName.of("ParentTree"), PDFDict));
    expect(new Set(keys).size).toBe(keys.length);
    const next = root.lookup(PDFName.of("ParentTreeNextKey"), PDFNumber).asNumber();
    expect(Math.max(...keys)).toBeLessThan(next);

    const used: number[] = [];
    let links = 0;
    for (const page of packet.getPages()) {
      const key = page.node.lookupMaybe(PDFName.of("StructParents"), PDFNumber);
      if (key) used.push(key.asNumber());
      const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
      for (const annotation of annotations?.asArray() ?? []) {
        const dict = packet.context.lookup(annotation, PDFDict);
        const parent = dict.lookupMaybe(PDFName.of("StructParent"), PDFNumber);
        if (parent) used.push(parent.asNumber());
        if (dict.lookup(PDFName.of("Subtype")) === PDFName.of("Link")) links += 1;
      }
    }
    expect(links).toBeGreaterThanOrEqual(2);
    // Every page of a tagged source and every link has an entry, and no two share one.
    expect(new Set(used).size).toBe(used.length);
    for (const key of used) expect(keys).toContain(key);
    // Notice 3, contents 1 and three presentations of 3: the pages Typst tagged.
    expect(used.length - links).toBe(13);

    const names = root.lookup(PDFName.of("IDTree"), PDFDict).lookup(PDFName.of("Names"), PDFArray);
    const ids: string[] = [];
    for (let index = 0; index < names.size(); index += 2) {
      ids.push(names.lookup(index, PDFString).decodeText());
      expect(names.get(index + 1)).toBeInstanceOf(PDFRef);
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe.skipIf(
  skipWithout("soffice", "libreoffice-writer-nogui") || skipPdfToolSuite("Packet of Word files"),
)("a packet of a Word file converted by LibreOffice", () => {
  it("keeps its pages and text, stamped and marked", async () => {
    const docx = await makeDocx(["Første side av rapporten", "Andre side av rapporten"]);
    const converted = await convertWithLibreOffice(docx, ".docx", {
      soffice: "soffice",
      ghostscript: "gs",
      scratchDir: os.tmpdir(),
      timeoutMs: 120_000,
    });
    if (converted.kind !== "converted") throw new Error(`Not converted: ${converted.kind}`);
    const { pdf, pageCount } = await buildPacket({
      title: TITLE,
      audience: "members",
      notice: await notice(),
      items: [
        {
          number: "PS 5/26",
          title: "Rapport",
          exemptBasis: BASIS,
          withdrawn: false,
          documents: [{ title: "Rapport fra revisjonen", pdf: converted.pdf, exempt: true }],
        },
      ],
    });
    expect(pageCount).toBe(3 + 1 + 2);
    expect((await pdfTool("qpdf", ["--check"], pdf)).status).toBe(0);
    const pages = await pagesText(pdf);
    expect(pages[4]).toContain("Første side av rapporten");
    expect(pages[4]).toContain("PS 5/26 Rapport fra revisjonen · Side 1");
    expect(pages[5]).toContain("Andre side av rapporten");
    expect(pages[5]).toContain(`Unntatt offentlighet: ${BASIS}`);
    const fonts = (await pdfTool("pdffonts", [], pdf)).stdout.trim().split("\n").slice(2);
    for (const row of fonts) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  }, 180_000);
});

describe("building a packet", () => {
  it("refuses an exempt document in the public packet, whoever passed it", async () => {
    const items = await meetingItems();
    await expect(
      buildPacket({ title: TITLE, audience: "public", notice: await notice(), items }),
    ).rejects.toThrow(
      new PacketError(
        `Dokumentet «Saksframlegg, versjon 2» i PS 3/26 ${SECRET_TITLE} er unntatt offentlighet og kan ikke være med i den offentlige versjonen.`,
      ),
    );
  });

  it("says which document is no PDF", async () => {
    const items = await meetingItems();
    const broken = items.map((item) =>
      item.number === "PS 2/26"
        ? {
            ...item,
            documents: [
              { title: "Plankart", pdf: new TextEncoder().encode("ikke pdf"), exempt: false },
            ],
          }
        : item,
    );
    await expect(
      buildPacket({ title: TITLE, audience: "members", notice: await notice(), items: broken }),
    ).rejects.toThrow(
      "Dokumentet «Plankart» i PS 2/26 Detaljregulering for Øvre Ås boligfelt kan ikke leses som PDF.",
    );
  });

  it("leaves out a withdrawn item's documents", async () => {
    const items = (await meetingItems()).map((item) =>
      item.number === "PS 2/26" ? { ...item, withdrawn: true } : item,
    );
    const { pageCount } = await buildPacket({
      title: TITLE,
      audience: "members",
      notice: await notice(),
      items,
    });
    expect(pageCount).toBe(14 - 6);
  });
});
