/** The case officer's list of received decisions (mottatte vedtak) in the workspace. */
export const RECEIVED_DECISIONS_PATH = "/admin/mottatte-vedtak";

export const receivedDecisionPath = (id: number): string => `${RECEIVED_DECISIONS_PATH}/${id}`;
