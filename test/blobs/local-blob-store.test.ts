import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalBlobStore, sha256Hex } from "../../src/blobs/blob-store.ts";

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await fs.rm(root, { recursive: true, force: true });
});

async function store(): Promise<{ root: string; blobs: LocalBlobStore }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-blobs-"));
  roots.push(root);
  return { root, blobs: new LocalBlobStore(root) };
}

describe("the local blob store", () => {
  it("stores the same bytes written at the same moment once, with no write failing", async () => {
    const { root, blobs } = await store();
    const bytes = new TextEncoder().encode("Saksprotokoll for PS 12/26, likt for to jobber");
    const names = await Promise.all(Array.from({ length: 20 }, () => blobs.put(bytes)));
    expect(new Set(names)).toEqual(new Set([sha256Hex(bytes)]));
    expect(await blobs.get(sha256Hex(bytes))).toEqual(Buffer.from(bytes));
    const folder = path.join(root, sha256Hex(bytes).slice(0, 2));
    expect(await fs.readdir(folder)).toEqual([sha256Hex(bytes)]);
  });
});
