import fs from "node:fs/promises";
import path from "node:path";
import { type AddressObject, simpleParser } from "mailparser";

/** The outbox's files are named by job key (see jobKey); nothing else there is ours to show. */
const OUTBOX_FILE = /^job-\d+-[0-9a-z]+\.eml$/;

export interface OutboxEntry {
  name: string;
  /** The message's Date header, or the file's time when it has none. */
  at: Date;
  from: string;
  to: string;
  subject: string;
}

export interface OutboxMail extends OutboxEntry {
  messageId: string;
  text: string;
  raw: Buffer;
}

/** "Ola Nordmann <ola@eksempel.no>, kari@eksempel.no", without the header's quoting. */
const addresses = (value: AddressObject | AddressObject[] | undefined): string =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((list) => list.value)
    .map((entry) => (entry.name ? `${entry.name} <${entry.address ?? ""}>` : (entry.address ?? "")))
    .join(", ");

async function parse(name: string, raw: Buffer, mtime: Date): Promise<OutboxMail> {
  const mail = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
  });
  return {
    name,
    at: mail.date ?? mtime,
    from: addresses(mail.from),
    to: addresses(mail.to),
    subject: mail.subject ?? "",
    messageId: mail.messageId ?? "",
    text: mail.text ?? "",
    raw,
  };
}

/** The newest mails in the outbox, at most `limit`, and how many there are in all. */
export async function listOutbox(
  dir: string,
  limit = 100,
): Promise<{ entries: OutboxEntry[]; total: number }> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => OUTBOX_FILE.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], total: 0 };
    throw error;
  }
  const files = await Promise.all(
    names.map(async (name) => ({ name, mtime: (await fs.stat(path.join(dir, name))).mtime })),
  );
  files.sort((a, b) => b.mtime.getTime() - a.mtime.getTime() || b.name.localeCompare(a.name));
  const entries = await Promise.all(
    files.slice(0, limit).map(async ({ name, mtime }) => {
      const mail = await parse(name, await fs.readFile(path.join(dir, name)), mtime);
      return { name, at: mail.at, from: mail.from, to: mail.to, subject: mail.subject };
    }),
  );
  return { entries, total: files.length };
}

/** One mail of the outbox by file name; null when there is no such file. */
export async function readOutboxMail(dir: string, name: string): Promise<OutboxMail | null> {
  if (!OUTBOX_FILE.test(name)) return null;
  const file = path.join(dir, name);
  try {
    const [raw, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
    return await parse(name, raw, stat.mtime);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
