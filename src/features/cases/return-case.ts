import type { Actor } from "../../audit.ts";
import { type Outcome, refused } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { takeCaseStep } from "./case-step.ts";
import type { LockedCase } from "./queries.ts";

export const RETURN_COMMENT_MAX = 5000;

/** Sends a submitted case back to draft with the approver's comment to its writers. */
export async function returnCase({
  actor,
  current,
  comment,
  now = new Date(),
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  comment: string;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  const text = comment.replace(/\r\n?/g, "\n").trim();
  if (text === "")
    return refused({ comment: "Skriv hva saksbehandleren skal rette før saken sendes tilbake." });
  if (text.length > RETURN_COMMENT_MAX)
    return refused({
      comment: `Kommentaren kan ha høyst ${formatNumber(RETURN_COMMENT_MAX)} tegn.`,
    });
  return takeCaseStep({
    actor,
    current,
    step: "return",
    set: { returned_comment: text, returned_at: now, submitted_at: null },
    details: { comment: text },
    now,
    tx,
  });
}
