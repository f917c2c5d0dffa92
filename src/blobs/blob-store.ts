import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Content-addressed file storage: a blob's name is the sha256 of its bytes, so equal files
 * are stored once and a stored file cannot change without its name changing. An S3-compatible
 * store can stand behind the same interface when several nodes share the files.
 */
export interface BlobStore {
  put(bytes: Uint8Array): Promise<string>;
  /**
   * Takes over a file whose sha256 the caller computed while writing it (an upload streamed to
   * a temporary file), so a large file is never held in memory. The file is gone afterwards.
   */
  putFile(file: string, sha256: string): Promise<void>;
  /** The bytes, checked against their hash; null when absent. */
  get(sha256: string): Promise<Buffer | null>;
}

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

const HASH = /^[0-9a-f]{64}$/;

export class LocalBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!HASH.test(sha256)) throw new Error(`Not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const file = this.pathOf(sha256);
    try {
      await fs.access(file);
      return sha256;
    } catch {
      // Not stored yet: write to a temporary name, then rename, so a reader never sees half a file.
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Two jobs may store the same bytes at the same moment; each writes its own temporary file.
    const temporary = `${file}.${randomUUID()}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
    return sha256;
  }

  async putFile(file: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.access(target);
      await fs.rm(file, { force: true });
      return;
    } catch {
      // Not stored yet. A rename within the data folder is atomic: no reader sees half a file.
    }
    await fs.rename(file, target);
  }

  async get(sha256: string): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.pathOf(sha256));
    } catch {
      return null;
    }
    if (sha256Hex(bytes) !== sha256) throw new Error(`Blob ${sha256} is corrupt`);
    return bytes;
  }
}

/** For tests: the same contract, in memory. */
export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, Buffer>();

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(bytes);
    this.blobs.set(sha256, Buffer.from(bytes));
    return sha256;
  }

  async putFile(file: string, sha256: string): Promise<void> {
    const bytes = await fs.readFile(file);
    if (sha256Hex(bytes) !== sha256) throw new Error(`File ${file} is not ${sha256}`);
    this.blobs.set(sha256, bytes);
    await fs.rm(file, { force: true });
  }

  async get(sha256: string): Promise<Buffer | null> {
    return this.blobs.get(sha256) ?? null;
  }
}
