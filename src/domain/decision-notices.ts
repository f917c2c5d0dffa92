/**
 * Which items of a meeting owe their case officer a decision notice (melding om vedtak). An item
 * with a decision owes one until a notice says that decision with that vote; a notice already
 * sent stays, and a changed decision or vote (a correction) owes a new one that replaces it. An
 * item whose decision was withdrawn after a notice owes a notice saying so, with no decision
 * (''). Comparing with what was sent, rather than counting requests, is what makes a repeated or
 * retried run make no second notice.
 */
export interface ItemDecision {
  itemId: number;
  /** The item's decision now; null when it has none. */
  decision: string | null;
  /** The line of the vote that adopted it; '' when none was recorded. */
  vote: string;
}

export interface SentNotice {
  id: number;
  itemId: number;
  /** As sent; '' for a notice that the decision was withdrawn. */
  decision: string;
  vote: string;
}

export interface NoticeDue {
  itemId: number;
  decision: string;
  vote: string;
  /** The current notice the new one replaces, or null for the item's first. */
  replaces: number | null;
}

export function noticesDue(
  items: readonly ItemDecision[],
  current: readonly SentNotice[],
): NoticeDue[] {
  const sent = new Map(current.map((notice) => [notice.itemId, notice]));
  const due: NoticeDue[] = [];
  for (const item of items) {
    const last = sent.get(item.itemId);
    const decision = item.decision ?? "";
    const vote = item.decision === null ? "" : item.vote;
    if (last === undefined) {
      if (item.decision !== null) due.push({ itemId: item.itemId, decision, vote, replaces: null });
    } else if (last.decision !== decision || last.vote !== vote)
      due.push({ itemId: item.itemId, decision, vote, replaces: last.id });
  }
  return due;
}
