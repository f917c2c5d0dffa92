import { allow, EVERYONE_SIGNED_IN, type Rule, STAFF } from "./rules.ts";

/** The registry and the administration: the role alone decides. */

const registry = (view: typeof STAFF): readonly Rule<never>[] => [
  allow(view, ["view"]),
  allow(STAFF, ["create", "update", "delete"]),
];

export const termPolicy = registry(EVERYONE_SIGNED_IN);
export const partyPolicy = registry(EVERYONE_SIGNED_IN);
export const personPolicy = registry(STAFF);
export const bodyPolicy = registry(EVERYONE_SIGNED_IN);
export const membershipPolicy = registry(STAFF);

export const municipalityPolicy: readonly Rule<never>[] = [allow(["administrator"], ["update"])];
export const userPolicy: readonly Rule<never>[] = [
  allow(["administrator"], ["view", "create", "update"]),
];
/** One's own password: every signed-in user changes their own, and no one else's. */
export const passwordPolicy: readonly Rule<never>[] = [allow(EVERYONE_SIGNED_IN, ["update"])];
export const auditPolicy: readonly Rule<never>[] = [allow(STAFF, ["view"])];

// Jobs and the outbox hold mail to members and the public in full, and "retry" sends it.
export const jobPolicy: readonly Rule<never>[] = [allow(["administrator"], ["view", "update"])];
export const outboxPolicy: readonly Rule<never>[] = [allow(["administrator"], ["view"])];
