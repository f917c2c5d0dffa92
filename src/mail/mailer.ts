import path from "node:path";
import nodemailer from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import type { Config } from "../config.ts";
import { writeFileOnce } from "../jobs/write-file-once.ts";
import { formatMailDate } from "./mail-date.ts";

export interface MailAddress {
  /** The display name; empty when there is none. */
  name: string;
  address: string;
}

/** A message ready to go: what the sendMail job composes from its payload and the job. */
export interface Mail {
  from: MailAddress;
  to: MailAddress[];
  subject: string;
  text: string;
  /** "<…@…>", the same on every attempt, so a message sent twice can be recognised as one. */
  messageId: string;
  date: Date;
  /** One-click unsubscribe address for a mailing list's mail (RFC 8058). */
  listUnsubscribe?: string | undefined;
}

/** Where mail goes: an SMTP server, or the outbox folder when none is configured. */
export interface Mailer {
  readonly kind: "smtp" | "outbox";
  /** MAIL_FROM, or an address at BASE_URL's host for the outbox; its name may be empty. */
  readonly sender: MailAddress;
  /** Sends the mail; `key` names it in the outbox. Throws when it could not be handed over. */
  deliver(mail: Mail, key: string): Promise<void>;
  close(): void;
}

/** A setting the mail cannot go out with; the message is for the operator, in Norwegian. */
export class MailConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailConfigError";
  }
}

export const outboxDir = (config: Config): string => path.join(config.dataDir, "outbox");

function parseSender(mailFrom: string): MailAddress {
  const [first, ...rest] = addressparser(mailFrom, { flatten: true });
  if (!first || rest.length > 0 || !/^[^@\s]+@[^@\s]+$/.test(first.address))
    throw new MailConfigError(
      `MAIL_FROM må være én avsender, som «Eksempel kommune <post@eksempel.kommune.no>», ikke «${mailFrom}».`,
    );
  return { name: first.name, address: first.address };
}

const message = (mail: Mail) => ({
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  messageId: mail.messageId,
  // Written as text, so the header carries Norwegian time rather than nodemailer's UTC.
  headers: {
    Date: formatMailDate(mail.date),
    ...(mail.listUnsubscribe
      ? {
          "List-Unsubscribe": `<${mail.listUnsubscribe}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
      : {}),
  },
});

/** The mail as an RFC 5322 message, built by nodemailer without sending it anywhere. */
async function composeMessage(mail: Mail): Promise<Buffer> {
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "windows",
  });
  const info = await composer.sendMail(message(mail));
  return info.message as Buffer;
}

function outboxMailer(dir: string, sender: MailAddress): Mailer {
  return {
    kind: "outbox",
    sender,
    async deliver(mail, key) {
      await writeFileOnce(path.join(dir, `${key}.eml`), await composeMessage(mail));
    },
    close() {},
  };
}

function smtpMailer(url: string, sender: MailAddress): Mailer {
  // nodemailer's defaults wait minutes for a silent server; a job attempt should not.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: "smtp",
    sender,
    async deliver(mail) {
      await transport.sendMail(message(mail));
    },
    close: () => transport.close(),
  };
}

/**
 * SMTP when SMTP_URL and MAIL_FROM are both set; otherwise every mail is written to
 * DATA_DIR/outbox as an .eml file, so nothing is dropped on a machine without a mail server.
 */
export function createMailer(config: Config): Mailer {
  const sender = config.mailFrom
    ? parseSender(config.mailFrom)
    : { name: "", address: `ikke-svar@${new URL(config.baseUrl).hostname}` };
  if (config.smtpUrl && config.mailFrom) return smtpMailer(config.smtpUrl, sender);
  return outboxMailer(outboxDir(config), sender);
}
