/**
 * The characters a TrueType/OpenType font has glyphs for, read from its `cmap` table. PDF/A
 * forbids text drawn with the missing-glyph box, so Typst refuses to export a document with a
 * character the font lacks (an emoji, a Chinese character); the renderer uses this set to put a
 * placeholder there instead, and the document is made.
 */
export function fontCodePoints(font: Buffer): Set<number> {
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let table = 0; table < tableCount; table += 1) {
    const record = 12 + table * 16;
    if (font.toString("latin1", record, record + 4) === "cmap")
      cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error("The font has no cmap table");

  // Unicode subtables: Windows (3,10) full repertoire and (3,1) BMP, or the Unicode platform (0).
  const subtables: number[] = [];
  const subtableCount = font.readUInt16BE(cmap + 2);
  for (let index = 0; index < subtableCount; index += 1) {
    const record = cmap + 4 + index * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push(cmap + font.readUInt32BE(record + 4));
  }
  const points = new Set<number>();
  for (const subtable of subtables) {
    const format = font.readUInt16BE(subtable);
    if (format === 4) readFormat4(font, subtable, points);
    else if (format === 12) readFormat12(font, subtable, points);
  }
  return points;
}

/** Segments of the Basic Multilingual Plane; a glyph index of 0 is the missing glyph. */
function readFormat4(font: Buffer, subtable: number, points: Set<number>): void {
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const end = font.readUInt16BE(ends + segment * 2);
    const start = font.readUInt16BE(starts + segment * 2);
    const delta = font.readInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(code);
    }
  }
}

/** Groups of consecutive characters mapped to consecutive glyphs, for every plane. */
function readFormat12(font: Buffer, subtable: number, points: Set<number>): void {
  const groups = font.readUInt32BE(subtable + 12);
  for (let group = 0; group < groups; group += 1) {
    const at = subtable + 16 + group * 12;
    const start = font.readUInt32BE(at);
    const end = font.readUInt32BE(at + 4);
    const firstGlyph = font.readUInt32BE(at + 8);
    for (let code = start; code <= end; code += 1)
      if (firstGlyph + (code - start) !== 0) points.add(code);
  }
}
