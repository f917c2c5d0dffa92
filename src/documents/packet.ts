import {
  beginMarkedContent,
  concatTransformationMatrix,
  drawObject,
  endMarkedContent,
  ParseSpeeds,
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFStream,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
} from "pdf-lib";
import { renderPdf } from "./typst.ts";

/** One document of an agenda item in the packet: the presentation or an attachment. */
export interface PacketDocument {
  title: string;
  pdf: Uint8Array;
  /** Unntatt offentlighet: only the members' packet may hold it. */
  exempt: boolean;
}

/** One agenda item, in agenda order, as the packet's audience may see it. */
export interface PacketItem {
  /** "PS 12/26", or "" for Eventuelt. */
  number: string;
  /** The title this audience may see: the neutral one of an exempt item for the public. */
  title: string;
  /** The legal basis when the item is exempt (unntatt offentlighet). */
  exemptBasis: string | null;
  /** Trukket: it keeps its line in the table of contents, marked, but has no papers. */
  withdrawn: boolean;
  /** The presentation first, then the attachments in order. */
  documents: PacketDocument[];
}

export interface PacketInput {
  /** E.g. "Kommunestyret – møte 5/2026, 10. desember 2026". */
  title: string;
  audience: "members" | "public";
  /** The notice (innkalling), which goes first. */
  notice: Uint8Array;
  items: PacketItem[];
}

export interface Packet {
  pdf: Uint8Array;
  pageCount: number;
}

/** A packet that cannot be built from what it was given; the message is Norwegian. */
export class PacketError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PacketError";
  }
}

const AUDIENCE_LINE = {
  members: "Sakspapirer for medlemmene. Dokumenter unntatt offentlighet er merket på hver side.",
  public:
    "Offentlig versjon. Dokumenter unntatt offentlighet er ikke med; sakene viser hjemmelen i stedet.",
} as const;

/** What the packet shows for one item, in order, before any PDF is opened. */
interface PlannedDocument {
  title: string;
  pdf: Uint8Array;
  /** The exempt mark on each of its pages, in the members' packet. */
  mark: string | null;
  /** The label in the header stamp: "Saksframlegg, versjon 2". */
  label: string;
}

interface PlannedItem {
  item: PacketItem;
  documents: PlannedDocument[];
}

const itemName = (item: PacketItem): string =>
  item.number ? `${item.number} ${item.title}` : item.title;

function exemptMark(basis: string | null): string {
  return basis ? `Unntatt offentlighet: ${basis}` : "Unntatt offentlighet";
}

async function withheldPage(title: string, item: PacketItem, basis: string): Promise<Uint8Array> {
  const rendered = await renderPdf("packet-withheld.typ", {
    meta: {
      title: `${itemName(item)}: unntatt offentlighet`,
      author: [title],
      keywords: [],
      date: FIXED_DATE,
    },
    packet: title,
    heading: itemName(item),
    exemption: exemptMark(basis),
    explanation:
      "Dokumentene i denne saken er unntatt offentlighet og er ikke med i den offentlige " +
      "versjonen av sakspapirene.",
  });
  return rendered.pdf;
}

/**
 * The packet's own pages carry no date: the same input gives the same bytes, so a packet
 * generated again for an unchanged meeting is the same file in the blob store.
 */
const FIXED_DATE = { year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 };

function plan(input: PacketInput): Promise<PlannedItem[]> {
  return Promise.all(
    input.items.map(async (item) => {
      if (item.withdrawn) return { item, documents: [] };
      const documents: PlannedDocument[] = [];
      if (input.audience === "public") {
        const leaked = item.documents.find((document) => document.exempt);
        if (leaked)
          throw new PacketError(
            `Dokumentet «${leaked.title}» i ${itemName(item)} er unntatt offentlighet og kan ikke være med i den offentlige versjonen.`,
          );
        if (item.exemptBasis !== null)
          documents.push({
            title: "Unntatt offentlighet",
            pdf: await withheldPage(input.title, item, item.exemptBasis),
            mark: null,
            label: "Unntatt offentlighet",
          });
      }
      for (const document of item.documents) {
        const exempt =
          input.audience === "members" && (item.exemptBasis !== null || document.exempt);
        documents.push({
          title: document.title,
          pdf: document.pdf,
          mark: exempt ? exemptMark(item.exemptBasis) : null,
          label: shortened(document.title, LABEL_LENGTH),
        });
      }
      return { item, documents };
    }),
  );
}

/**
 * pdf-lib parses and writes in slices, yielding to the event loop every hundred objects by
 * default; a packet has tens of thousands, and each yield waits a timer tick. The packet is
 * built in a job, so it parses and writes in one go.
 */
const LOAD_OPTIONS = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

async function openPdf(bytes: Uint8Array, what: string): Promise<PDFDocument> {
  try {
    const pdf = await PDFDocument.load(bytes, LOAD_OPTIONS);
    if (pdf.getPageCount() === 0) throw new Error("no pages");
    return pdf;
  } catch {
    throw new PacketError(`${what} kan ikke leses som PDF.`);
  }
}

/**
 * Merges documents into one tagged PDF: each source's pages, and its structure tree under one
 * element of its own, so the tags Typst wrote for a presentation still describe it in the
 * packet. Structure parents are renumbered past the ones already taken, and element ids are
 * made unique per source, since every Typst document names its table cells the same way.
 */
class Merger {
  readonly pdf: PDFDocument;
  private readonly structureRoot: PDFDict;
  private readonly structureRootRef: PDFRef;
  private readonly documentElementRef: PDFRef;
  private readonly documentKids: PDFArray;
  private readonly parentTreeNums: PDFArray;
  private readonly idNames: Array<[string, PDFRef]> = [];
  private readonly roleMap: PDFDict;
  private nextParentKey = 0;
  private sources = 0;

  constructor(pdf: PDFDocument) {
    this.pdf = pdf;
    const context = pdf.context;
    this.parentTreeNums = context.obj([]);
    this.roleMap = context.obj({});
    this.documentKids = context.obj([]);
    this.structureRoot = context.obj({
      Type: "StructTreeRoot",
      ParentTree: context.obj({ Nums: this.parentTreeNums }),
      RoleMap: this.roleMap,
    });
    this.structureRootRef = context.register(this.structureRoot);
    this.documentElementRef = context.register(
      context.obj({
        Type: "StructElem",
        S: "Document",
        P: this.structureRootRef,
        K: this.documentKids,
      }),
    );
    this.structureRoot.set(PDFName.of("K"), context.obj([this.documentElementRef]));
  }

  /** Appends every page of the source; returns the new pages' references. */
  append(source: PDFDocument, title: string): PDFRef[] {
    this.sources += 1;
    const part = this.takeStructure(source, title);
    const copier = PDFObjectCopier.for(source.context, this.pdf.context);
    const refs = source.getPages().map((page) => copier.copy(page.ref) as PDFRef);
    for (const ref of refs) {
      const leaf = pageLeaf(this.pdf, ref);
      this.pdf.addPage(PDFPage.of(leaf, ref, this.pdf));
    }
    if (part) this.attachStructure(part, copier, refs);
    return refs;
  }

  private takeStructure(source: PDFDocument, title: string) {
    const root = source.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
    if (!root) return null;
    const context = source.context;
    const kids = root.lookup(PDFName.of("K"));
    const kidList = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    const section = context.obj({
      Type: "StructElem",
      S: "Part",
      T: PDFHexString.fromText(title),
      K: context.obj(kidList),
    });
    const sectionRef = context.register(section);
    const prefix = `d${this.sources}-`;
    for (const kid of kidList) {
      const element = context.lookup(kid);
      if (!(element instanceof PDFDict)) continue;
      element.set(PDFName.of("P"), sectionRef);
      // The packet is the one document; what each source called its document is a section of it.
      if (element.lookup(PDFName.of("S")) === PDFName.of("Document"))
        element.set(PDFName.of("S"), PDFName.of("Sect"));
    }
    this.renameIds(context, kidList, prefix, new Set());
    const roleMap = root.lookupMaybe(PDFName.of("RoleMap"), PDFDict);
    for (const [key, value] of roleMap?.entries() ?? [])
      if (!this.roleMap.has(key)) this.roleMap.set(key, value);
    return {
      sectionRef,
      parentEntries: numberTreeEntries(root.lookupMaybe(PDFName.of("ParentTree"), PDFDict)),
      nextKey: parentTreeNextKey(root),
    };
  }

  /** Prefixes each element's /ID, and the /Headers of table cells that name them. */
  private renameIds(
    context: PDFDocument["context"],
    elements: PDFObject[],
    prefix: string,
    seen: Set<PDFObject>,
  ): void {
    for (const entry of elements) {
      const element = context.lookup(entry);
      if (!(element instanceof PDFDict) || seen.has(element)) continue;
      seen.add(element);
      const id = element.lookup(PDFName.of("ID"));
      if (id instanceof PDFString || id instanceof PDFHexString)
        element.set(PDFName.of("ID"), PDFString.of(prefix + id.decodeText()));
      const attributes = element.lookup(PDFName.of("A"));
      const attributeList =
        attributes instanceof PDFArray ? attributes.asArray() : attributes ? [attributes] : [];
      for (const attribute of attributeList) {
        const dict = context.lookup(attribute);
        const headers = dict instanceof PDFDict ? dict.lookup(PDFName.of("Headers")) : undefined;
        if (!(dict instanceof PDFDict) || !(headers instanceof PDFArray)) continue;
        dict.set(
          PDFName.of("Headers"),
          context.obj(
            headers
              .asArray()
              .map((header) =>
                header instanceof PDFString || header instanceof PDFHexString
                  ? PDFString.of(prefix + header.decodeText())
                  : header,
              ),
          ),
        );
      }
      const kids = element.lookup(PDFName.of("K"));
      this.renameIds(
        context,
        kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [],
        prefix,
        seen,
      );
    }
  }

  private attachStructure(
    part: NonNullable<ReturnType<Merger["takeStructure"]>>,
    copier: PDFObjectCopier,
    pageRefs: PDFRef[],
  ): void {
    const context = this.pdf.context;
    const offset = this.nextParentKey;
    const sectionRef = copier.copy(part.sectionRef) as PDFRef;
    context.lookup(sectionRef, PDFDict).set(PDFName.of("P"), this.documentElementRef);
    this.documentKids.push(sectionRef);
    for (const [key, value] of part.parentEntries) {
      this.parentTreeNums.push(PDFNumber.of(key + offset));
      this.parentTreeNums.push(copier.copy(value));
    }
    for (const ref of pageRefs) {
      const leaf = pageLeaf(this.pdf, ref);
      shiftStructParent(leaf, "StructParents", offset);
      const annotations = leaf.lookup(PDFName.of("Annots"));
      if (annotations instanceof PDFArray)
        for (const annotation of annotations.asArray()) {
          const dict = context.lookup(annotation);
          if (dict instanceof PDFDict) shiftStructParent(dict, "StructParent", offset);
        }
    }
    this.collectIds(sectionRef, new Set());
    this.nextParentKey = offset + part.nextKey;
  }

  private collectIds(ref: PDFObject, seen: Set<PDFObject>): void {
    const context = this.pdf.context;
    const element = context.lookup(ref);
    if (!(element instanceof PDFDict) || seen.has(element)) return;
    seen.add(element);
    const id = element.lookup(PDFName.of("ID"));
    if (ref instanceof PDFRef && (id instanceof PDFString || id instanceof PDFHexString))
      this.idNames.push([id.decodeText(), ref]);
    const kids = element.lookup(PDFName.of("K"));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [])
      if (kid instanceof PDFRef) this.collectIds(kid, seen);
  }

  /** Writes the merged structure tree into the catalog, marking the packet as tagged. */
  finish(): void {
    const context = this.pdf.context;
    this.structureRoot.set(PDFName.of("ParentTreeNextKey"), PDFNumber.of(this.nextParentKey));
    if (this.idNames.length > 0) {
      // A name tree's keys must be sorted by their bytes.
      const sorted = [...this.idNames].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.structureRoot.set(
        PDFName.of("IDTree"),
        context.obj({ Names: context.obj(sorted.flatMap(([id, ref]) => [PDFString.of(id), ref])) }),
      );
    }
    this.pdf.catalog.set(PDFName.of("StructTreeRoot"), this.structureRootRef);
    this.pdf.catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
  }
}

function pageLeaf(pdf: PDFDocument, ref: PDFRef): PDFPageLeaf {
  const leaf = pdf.context.lookup(ref);
  if (!(leaf instanceof PDFPageLeaf)) throw new Error(`Object ${ref.toString()} is not a page`);
  return leaf;
}

function shiftStructParent(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookup(PDFName.of(key));
  if (value instanceof PDFNumber)
    dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + offset));
}

/** The key/value pairs of a number tree, with its kids flattened. */
function numberTreeEntries(node: PDFDict | undefined): Array<[number, PDFObject]> {
  if (!node) return [];
  const entries: Array<[number, PDFObject]> = [];
  const nums = node.lookup(PDFName.of("Nums"));
  if (nums instanceof PDFArray)
    for (let index = 0; index + 1 < nums.size(); index += 2) {
      const key = nums.lookup(index);
      if (key instanceof PDFNumber) entries.push([key.asNumber(), nums.get(index + 1)]);
    }
  const kids = node.lookup(PDFName.of("Kids"));
  if (kids instanceof PDFArray)
    for (const kid of kids.asArray())
      entries.push(...numberTreeEntries(node.context.lookupMaybe(kid, PDFDict)));
  return entries;
}

function parentTreeNextKey(root: PDFDict): number {
  const next = root.lookup(PDFName.of("ParentTreeNextKey"));
  const keys = numberTreeEntries(root.lookupMaybe(PDFName.of("ParentTree"), PDFDict)).map(
    ([key]) => key,
  );
  return Math.max(next instanceof PDFNumber ? next.asNumber() : 0, ...keys.map((key) => key + 1));
}

// The stamp strip is drawn at the top of each page; its width is an A4 page's, and it shrinks
// to fit a narrower page and keeps its size on a wider one.
const STAMP_WIDTH = 595.28;
const STAMP_HEIGHT = 36;

/** The label is cut to keep the header on one line in the left half of the page. */
const LABEL_LENGTH = 40;

const shortened = (text: string, length: number): string =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;

interface HeaderStamp {
  number: string;
  label: string;
  page: string;
}

async function renderStamps(
  title: string,
  headers: HeaderStamp[],
  marks: string[],
): Promise<Uint8Array> {
  const rendered = await renderPdf("packet-stamps.typ", {
    meta: { title: `Topptekst: ${title}`, author: [title], keywords: [], date: FIXED_DATE },
    width: STAMP_WIDTH,
    height: STAMP_HEIGHT,
    headers,
    marks,
  });
  return rendered.pdf;
}

/**
 * The matrix that puts the strip at the visual top of the page, centred, whatever the page's
 * crop box and rotation: a landscape page turned by /Rotate gets its header where a reader sees
 * the top.
 */
type Matrix = [number, number, number, number, number, number];

function stampMatrix(page: PDFPage, edge: "top" | "bottom"): Matrix {
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const turned = rotation === 90 || rotation === 270;
  const visualWidth = turned ? box.height : box.width;
  const visualHeight = turned ? box.width : box.height;
  const scale = Math.min(1, visualWidth / STAMP_WIDTH);
  const u = (visualWidth - scale * STAMP_WIDTH) / 2;
  const v = edge === "top" ? visualHeight - scale * STAMP_HEIGHT : 0;
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  if (rotation === 90) return [0, scale, -scale, 0, x1 - v, y0 + u];
  if (rotation === 180) return [-scale, 0, 0, -scale, x1 - u, y1 - v];
  if (rotation === 270) return [0, -scale, scale, 0, x0 + v, y1 - u];
  return [scale, 0, 0, scale, x0 + u, y0 + v];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Each page of the strips' PDF as a form XObject in the packet. Typst writes one compressed
 * content stream per page, which becomes the form as it is: no decoding and compressing again,
 * as pdf-lib's embedPage does for every page.
 */
function formXObjects(pdf: PDFDocument, source: PDFDocument): PDFRef[] {
  const copier = PDFObjectCopier.for(source.context, pdf.context);
  return source.getPages().map((page) => {
    const contents = page.node.Contents();
    const only = contents instanceof PDFArray && contents.size() === 1 ? contents.get(0) : contents;
    const stream = only ? source.context.lookup(only) : undefined;
    if (!(stream instanceof PDFStream))
      throw new Error("A page of the stamps has more than one content stream");
    const form = copier.copy(stream) as PDFStream;
    const { width, height } = page.getSize();
    form.dict.set(PDFName.of("Type"), PDFName.of("XObject"));
    form.dict.set(PDFName.of("Subtype"), PDFName.of("Form"));
    form.dict.set(PDFName.of("BBox"), pdf.context.obj([0, 0, width, height]));
    const resources = page.node.Resources();
    form.dict.set(
      PDFName.of("Resources"),
      resources ? copier.copy(resources) : pdf.context.obj({}),
    );
    return pdf.context.register(form);
  });
}

/** A strip and the edge of the page it is drawn at. */
interface Strip {
  xObject: PDFRef;
  edge: "top" | "bottom";
}

/**
 * Draws the strips over the page, its own content wrapped in q/Q so a graphics state it leaves
 * behind cannot move them. The page gets its own resources, since a source's pages often share
 * one dictionary and each page draws its own header.
 */
function drawStrips(pdf: PDFDocument, ref: PDFRef, strips: Strip[], save: PDFRef): void {
  const context = pdf.context;
  const leaf = pageLeaf(pdf, ref);
  const page = PDFPage.of(leaf, ref, pdf);
  const resources =
    leaf.lookupMaybe(PDFName.of("Resources"), PDFDict)?.clone(context) ?? context.obj({});
  const xObjects =
    resources.lookupMaybe(PDFName.of("XObject"), PDFDict)?.clone(context) ?? context.obj({});
  const operators = [popGraphicsState(), beginMarkedContent("Artifact")];
  let index = 0;
  for (const strip of strips) {
    let name = `FsStamp${index}`;
    while (xObjects.has(PDFName.of(name))) name = `FsStamp${++index}`;
    index += 1;
    xObjects.set(PDFName.of(name), strip.xObject);
    operators.push(
      pushGraphicsState(),
      concatTransformationMatrix(...(stampMatrix(page, strip.edge).map(round) as Matrix)),
      drawObject(name),
      popGraphicsState(),
    );
  }
  operators.push(endMarkedContent());
  resources.set(PDFName.of("XObject"), xObjects);
  leaf.set(PDFName.of("Resources"), resources);

  // A few operators: compressing them would cost more than the bytes it saves.
  const draw = context.register(PDFContentStream.of(context.obj({}), operators, false));
  const contents = leaf.get(PDFName.of("Contents"));
  const existing = contents ? context.lookup(contents) : undefined;
  const streams =
    existing instanceof PDFArray
      ? existing.asArray()
      : contents && existing instanceof PDFStream
        ? [contents]
        : [];
  leaf.set(PDFName.of("Contents"), context.obj([save, ...streams, draw]));
}

/** A line of the outline (bookmarks), with the lines under it. */
interface OutlineEntry {
  title: string;
  page: PDFRef;
  children: OutlineEntry[];
}

function writeOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  const context = pdf.context;
  const rootRef = context.nextRef();
  const count = (list: OutlineEntry[]): number =>
    list.reduce((sum, entry) => sum + 1 + count(entry.children), 0);
  const writeLevel = (
    list: OutlineEntry[],
    parent: PDFRef,
  ): { first: PDFRef; last: PDFRef } | null => {
    const refs = list.map(() => context.nextRef());
    list.forEach((entry, index) => {
      const dict = context.obj({
        Title: PDFHexString.fromText(entry.title),
        Parent: parent,
        Dest: context.obj([entry.page, PDFName.of("Fit")]),
      });
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of("Prev"), previous);
      if (next) dict.set(PDFName.of("Next"), next);
      const ref = refs[index] as PDFRef;
      const children = writeLevel(entry.children, ref);
      if (children) {
        dict.set(PDFName.of("First"), children.first);
        dict.set(PDFName.of("Last"), children.last);
        dict.set(PDFName.of("Count"), PDFNumber.of(count(entry.children)));
      }
      context.assign(ref, dict);
    });
    const first = refs[0];
    const last = refs[refs.length - 1];
    return first && last ? { first, last } : null;
  };
  const top = writeLevel(entries, rootRef);
  const root = context.obj({ Type: "Outlines", Count: count(entries) });
  if (top) {
    root.set(PDFName.of("First"), top.first);
    root.set(PDFName.of("Last"), top.last);
  }
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of("Outlines"), rootRef);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/**
 * The meeting packet (sakspapirene) as one PDF: the notice, a table of contents with page
 * numbers, then each agenda item's documents in order, each page of an item stamped with its
 * number and the page number. Bookmarks: one per item, one per document under it. Page labels:
 * the notice and the contents in roman numerals, the items' pages from 1, as the contents and
 * the stamps count them. The members' packet marks each page of an exempt item; the public one
 * must be given only what the public may see, and shows an exempt item's neutral title and
 * legal basis on a page of its own.
 */
export async function buildPacket(input: PacketInput): Promise<Packet> {
  const planned = await plan(input);
  const opened = await Promise.all(
    planned.map((entry) =>
      Promise.all(
        entry.documents.map((document) =>
          openPdf(document.pdf, `Dokumentet «${document.title}» i ${itemName(entry.item)}`),
        ),
      ),
    ),
  );
  const notice = await openPdf(input.notice, "Innkallingen");

  // Page numbers count from the first item page, so the contents' own length changes none.
  let nextPage = 1;
  const pages = opened.map((documents) =>
    documents.map((document) => {
      const first = nextPage;
      nextPage += document.getPageCount();
      return first;
    }),
  );
  const headers: HeaderStamp[] = [];
  const pageMarks: Array<string | null> = [];
  planned.forEach((entry, index) => {
    entry.documents.forEach((document, at) => {
      const first = pages[index]?.[at] ?? 0;
      const count = opened[index]?.[at]?.getPageCount() ?? 0;
      for (let page = 0; page < count; page += 1) {
        headers.push({
          number: entry.item.number,
          label: document.label,
          page: `Side ${first + page}`,
        });
        pageMarks.push(document.mark);
      }
    });
  });
  const marks = [...new Set(pageMarks.filter((mark) => mark !== null))];

  // The contents and the stamps render in renderer threads at the same time.
  const contentsRendering = renderPdf("packet-contents.typ", {
    meta: {
      title: `Innhold: ${input.title}`,
      author: [input.title],
      keywords: [],
      date: FIXED_DATE,
    },
    title: input.title,
    audience: AUDIENCE_LINE[input.audience],
    footer: "Sidetallene gjelder sakspapirene etter innkallingen og denne innholdslisten.",
    entries: planned.map((entry, index) => ({
      number: entry.item.number,
      title: entry.item.title,
      note: entry.item.withdrawn
        ? "Trukket"
        : entry.item.exemptBasis !== null
          ? exemptMark(entry.item.exemptBasis)
          : null,
      page: String(pages[index]?.[0] ?? ""),
      documents: entry.documents.map((document, at) => ({
        title: document.title,
        page: String(pages[index]?.[at] ?? ""),
      })),
    })),
  });

  const stampsRendering =
    headers.length > 0 ? renderStamps(input.title, headers, marks) : Promise.resolve(null);
  const contents = await openPdf((await contentsRendering).pdf, "Innholdslisten");

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const merger = new Merger(pdf);
  const noticePages = merger.append(notice, "Innkalling");
  const contentsPages = merger.append(contents, "Innhold");
  const outline: OutlineEntry[] = [
    { title: "Innkalling", page: noticePages[0] as PDFRef, children: [] },
    { title: "Innhold", page: contentsPages[0] as PDFRef, children: [] },
  ];
  const itemPages: PDFRef[] = [];
  planned.forEach((entry, index) => {
    const children = entry.documents.map((document, at) => {
      const source = opened[index]?.[at] as PDFDocument;
      const refs = merger.append(source, `${itemName(entry.item)}: ${document.title}`);
      itemPages.push(...refs);
      return { title: document.title, page: refs[0] as PDFRef, children: [] };
    });
    outline.push({
      title: entry.item.withdrawn ? `${itemName(entry.item)} (trukket)` : itemName(entry.item),
      // An item without papers (Eventuelt, a withdrawn item) points at its line in the contents.
      page: children[0]?.page ?? (contentsPages[0] as PDFRef),
      children,
    });
  });
  merger.finish();

  const stamps = await stampsRendering;
  if (stamps) {
    const stampPdf = await PDFDocument.load(stamps, LOAD_OPTIONS);
    const embedded = formXObjects(pdf, stampPdf);
    const markStrips = new Map(
      marks.map((mark, index) => [mark, embedded[headers.length + index]]),
    );
    const save = pdf.context.register(
      PDFContentStream.of(pdf.context.obj({}), [pushGraphicsState()], false),
    );
    itemPages.forEach((ref, index) => {
      const header = embedded[index];
      const mark = pageMarks[index];
      const footer = mark ? markStrips.get(mark) : undefined;
      const strips: Strip[] = [];
      if (header) strips.push({ xObject: header, edge: "top" });
      if (footer) strips.push({ xObject: footer, edge: "bottom" });
      drawStrips(pdf, ref, strips, save);
    });
  }

  writeOutline(pdf, outline);
  const front = noticePages.length + contentsPages.length;
  const labels = [
    { start: 0, style: "r" },
    ...(itemPages.length > 0 ? [{ start: front, style: "D" }] : []),
  ];
  pdf.catalog.set(
    PDFName.of("PageLabels"),
    pdf.context.obj({
      Nums: labels.flatMap(({ start, style }) => [start, pdf.context.obj({ S: style })]),
    }),
  );
  pdf.catalog.set(PDFName.of("Lang"), PDFString.of("nb-NO"));
  pdf.setTitle(input.title, { showInWindowTitleBar: true });
  pdf.setCreator("Folkestyre");
  pdf.setProducer("Folkestyre");
  const bytes = await pdf.save({
    useObjectStreams: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
  return { pdf: bytes, pageCount: pdf.getPageCount() };
}
