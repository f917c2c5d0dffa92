import fs from "node:fs/promises";
import path from "node:path";

/**
 * Writes a file that is named by a job's key, once: when it is already there an earlier attempt
 * wrote it, and it is left as it is. Written to a temporary name and renamed, so the file is
 * either whole or absent, whenever the process dies. Returns whether it was written now.
 */
export async function writeFileOnce(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    await fs.access(file);
    return false;
  } catch {
    // Absent: write it below.
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, file);
  return true;
}
