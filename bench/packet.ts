import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { buildPacket, type PacketItem } from "../src/documents/packet.ts";
import { renderPresentation } from "../src/documents/presentation.ts";
import { threePageView } from "../test/factories/presentation-view.ts";

const run = promisify(execFile);

export interface PacketResult {
  items: number;
  attachmentPages: number;
  packetPages: number;
  packetBytes: number;
  runs: number;
  /** Rendering the 40 presentations with Typst, as their jobs do, median per run. */
  presentationsMs: number;
  /** buildPacket for the members: contents, stamps, merge with tags, bookmarks and labels. */
  packetMs: number;
  /** The two together: every document of the meeting generated and merged. */
  wholeMs: number;
  /** The process's CPU time for the same, median: what other work on the machine changes less. */
  presentationsCpuMs: number;
  packetCpuMs: number;
  /** `qpdf --empty --pages … --` merging the same inputs into one file, median. */
  qpdfMs: number | null;
  /** qpdf's own CPU time (user and system, in the kernel's 10 ms ticks), median. */
  qpdfCpuMs: number | null;
  /** packetMs / qpdfMs, and the same for CPU time. */
  ratioToQpdf: number | null;
  cpuRatioToQpdf: number | null;
  qpdfVersion: string | null;
}

/** CPU time of this process, or of its finished children, in ms. */
export const ownCpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Linux keeps the children's CPU time in /proc/self/stat (cutime, cstime), in clock ticks. */
export async function childrenCpuMs(): Promise<number> {
  const stat = await fs.readFile("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Attachment page counts for 40 items that add up to 350, from one page to a 40-page report. */
export function attachmentPlan(items: number, pages: number): number[][] {
  const sizes = [1, 2, 4, 8, 3, 12, 6, 1, 40, 2];
  const plan: number[][] = Array.from({ length: items }, () => []);
  let left = pages;
  for (let index = 0; left > 0; index += 1) {
    const size = Math.min(left, sizes[index % sizes.length] ?? 1);
    plan[index % items]?.push(size);
    left -= size;
  }
  return plan;
}

/** An attachment of text and a drawing on every page, as a planning office exports it. */
export async function attachment(pages: number, n: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 0; page < pages; page += 1) {
    const sheet = pdf.addPage();
    sheet.drawText(`Vedlegg ${n}, side ${page + 1} av ${pages}`, { x: 60, y: 760, font, size: 14 });
    for (let line = 0; line < 40; line += 1)
      sheet.drawText(`Linje ${line + 1}: utredningen fortsetter med tall og vurderinger.`, {
        x: 60,
        y: 720 - line * 16,
        font,
        size: 10,
      });
    sheet.drawRectangle({ x: 380, y: 80, width: 150, height: 90, color: rgb(0.3, 0.5, 0.3) });
  }
  return pdf.save();
}

async function qpdfVersion(): Promise<string | null> {
  try {
    const { stdout } = await run("qpdf", ["--version"]);
    return stdout.split("\n")[0]?.replace("qpdf version ", "") ?? null;
  } catch {
    return null;
  }
}

/**
 * The presentation of item `item` in run `run`: the three-page sample with every paragraph of
 * prose made its own, as each case has its own text. Typst remembers the layout of a paragraph
 * it has set before, so forty copies of the same text, or the same forty cases again in the
 * next run, would mostly be answered from that memory instead of being set.
 */
function caseView(run: number, item: number) {
  const sample = threePageView();
  const own = (text: string, part: string) =>
    text
      .split("\n\n")
      .map((block, at) =>
        /^[A-ZÆØÅ]/.test(block) && block.length > 120
          ? `I sak ${item + 1} (måling ${run}, ${part} ${at + 1}): ${block}`
          : block,
      )
      .join("\n\n");
  return threePageView({
    title: `Sak ${item + 1} i målingen av sakspapirene`,
    version: run * 100 + item + 1,
    exemptionBasis: item % 10 === 9 ? "Offl. § 13 jf. fvl. § 13" : null,
    summary: own(sample.summary, "sammendrag"),
    ...(item % 3 === 0
      ? { facts: "Saken er kort.", assessment: "" }
      : {
          facts: own(sample.facts, "saksopplysninger"),
          assessment: own(sample.assessment, "vurdering"),
        }),
  });
}

/**
 * A 40-item meeting with 350 pages of attachments: the presentations rendered as their jobs
 * render them, the members' packet built from them, and beside it qpdf merging the same files
 * (`qpdf --empty --pages … --`), which only joins pages: no contents, stamps, tags or
 * bookmarks. The notice is a two-page Typst document standing in for the publish flow's.
 */
export async function measurePacket(options: {
  runs: number;
  log: (message: string) => void;
}): Promise<PacketResult> {
  const items = 40;
  const plan = attachmentPlan(items, 350);
  const attachments = await Promise.all(
    plan.map((sizes, item) =>
      Promise.all(sizes.map((size, at) => attachment(size, item * 10 + at))),
    ),
  );
  const notice = (
    await renderPresentation(
      threePageView({ title: "Innkalling til møte i kommunestyret", facts: "", assessment: "" }),
    )
  ).pdf;
  // All at once, as the cases' jobs ask for them: the renderer threads share them out.
  const presentationsOnce = (run: number) =>
    Promise.all(
      plan.map(async (_, item) => {
        const rendered = await renderPresentation(caseView(run, item));
        return rendered.pdf;
      }),
    );
  const itemsOf = (presentations: Uint8Array[]): PacketItem[] =>
    plan.map((_, item) => ({
      number: `PS ${item + 1}/26`,
      title: `Sak ${item + 1} i målingen av sakspapirene`,
      exemptBasis: item % 10 === 9 ? "Offl. § 13 jf. fvl. § 13" : null,
      withdrawn: false,
      documents: [
        { title: "Saksframlegg, versjon 1", pdf: presentations[item] as Uint8Array, exempt: false },
        ...(attachments[item] ?? []).map((pdf, at) => ({
          title: `Vedlegg ${at + 1}`,
          pdf,
          exempt: false,
        })),
      ],
    }));

  // One unrecorded run loads the compiler and the fonts.
  await buildPacket({
    title: "Oppvarming",
    audience: "members",
    notice,
    items: itemsOf(await presentationsOnce(0)),
  });
  const presentationsMs: number[] = [];
  const packetMs: number[] = [];
  const presentationsCpuMs: number[] = [];
  const packetCpuMs: number[] = [];
  let last: { pdf: Uint8Array; pageCount: number } | null = null;
  let inputs: Uint8Array[] = [];
  for (let n = 0; n < options.runs; n += 1) {
    const started = performance.now();
    const cpuStarted = ownCpuMs();
    const presentations = await presentationsOnce(n + 1);
    const rendered = performance.now();
    const cpuRendered = ownCpuMs();
    const packetItems = itemsOf(presentations);
    last = await buildPacket({
      title: "Kommunestyret – møte 5/2026, 10. desember 2026",
      audience: "members",
      notice,
      items: packetItems,
    });
    packetMs.push(performance.now() - rendered);
    packetCpuMs.push(ownCpuMs() - cpuRendered);
    presentationsMs.push(rendered - started);
    presentationsCpuMs.push(cpuRendered - cpuStarted);
    inputs = [
      notice,
      ...packetItems.flatMap((item) => item.documents.map((document) => document.pdf)),
    ];
  }

  const version = await qpdfVersion();
  let qpdfMs: number | null = null;
  let qpdfCpuMs: number | null = null;
  if (version) {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-bench-packet-"));
    try {
      const files = await Promise.all(
        inputs.map(async (pdf, index) => {
          const file = path.join(folder, `${String(index).padStart(3, "0")}.pdf`);
          await fs.writeFile(file, pdf);
          return file;
        }),
      );
      const times: number[] = [];
      const cpuTimes: number[] = [];
      for (let n = 0; n < options.runs + 1; n += 1) {
        const started = performance.now();
        const cpuStarted = await childrenCpuMs();
        await run("qpdf", ["--empty", "--pages", ...files, "--", path.join(folder, "merged.pdf")]);
        if (n === 0) continue;
        times.push(performance.now() - started);
        cpuTimes.push((await childrenCpuMs()) - cpuStarted);
      }
      qpdfMs = median(times);
      qpdfCpuMs = median(cpuTimes);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }

  const result: PacketResult = {
    items,
    attachmentPages: plan.flat().reduce((sum, pages) => sum + pages, 0),
    packetPages: last?.pageCount ?? 0,
    packetBytes: last?.pdf.length ?? 0,
    runs: options.runs,
    presentationsMs: round(median(presentationsMs)),
    packetMs: round(median(packetMs)),
    wholeMs: round(median(presentationsMs.map((ms, index) => ms + (packetMs[index] ?? 0)))),
    presentationsCpuMs: round(median(presentationsCpuMs)),
    packetCpuMs: round(median(packetCpuMs)),
    qpdfMs: qpdfMs === null ? null : round(qpdfMs),
    qpdfCpuMs,
    ratioToQpdf: qpdfMs === null ? null : Number((median(packetMs) / qpdfMs).toFixed(2)),
    cpuRatioToQpdf: qpdfCpuMs ? Number((median(packetCpuMs) / qpdfCpuMs).toFixed(2)) : null,
    qpdfVersion: version,
  };
  options.log(
    `Packet (${result.packetPages} pages): presentations ${result.presentationsMs} ms, packet ` +
      `${result.packetMs} ms, qpdf ${result.qpdfMs ?? "-"} ms (CPU: ${result.presentationsCpuMs}, ` +
      `${result.packetCpuMs}, ${result.qpdfCpuMs ?? "-"} ms).`,
  );
  return result;
}
