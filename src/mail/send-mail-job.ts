import { z } from "zod";
import { defineJob } from "../jobs/define-job.ts";

const NO_LINE_BREAKS = /^[^\r\n]*$/;

const address = z.object({
  name: z.string().max(200).regex(NO_LINE_BREAKS).default(""),
  address: z.email(),
});

/** The recipients and words of a mail; the sender, date and Message-ID are added when it is sent. */
export const mailSchema = z.object({
  to: z.array(address).min(1).max(100),
  subject: z.string().min(1).max(300).regex(NO_LINE_BREAKS),
  text: z.string().max(200_000),
  /**
   * The address that unsubscribes the recipient with one click (RFC 8058): sent as
   * List-Unsubscribe with List-Unsubscribe-Post, so a mail program can offer the button.
   */
  listUnsubscribe: z.url({ protocol: /^https?$/ }).optional(),
});

/**
 * Sends one mail. Enqueued in the transaction of the change that causes it, so nothing is sent
 * for a change that did not commit; retried with backoff while the server is down or refuses,
 * dead after ten attempts (about an hour and a half), and resendable from the jobs page.
 */
export const sendMailJob = defineJob({
  type: "sendMail",
  label: "E-post",
  schema: mailSchema,
  maxAttempts: 10,
  describe: (mail) => `Til ${mail.to.map((to) => to.address).join(", ")}: ${mail.subject}`,
  async handler(mail, { job, services }) {
    const sender = services.mailer.sender;
    const name =
      sender.name ||
      (await services.db.selectFrom("municipality").select("name").orderBy("id").executeTakeFirst())
        ?.name ||
      "Folkestyre";
    const domain = sender.address.slice(sender.address.lastIndexOf("@") + 1);
    await services.mailer.deliver(
      {
        ...mail,
        from: { name, address: sender.address },
        messageId: `<${job.key}@${domain}>`,
        date: job.createdAt,
      },
      job.key,
    );
  },
});
