import type { SessionUser } from "../auth/session.ts";
import type { UserRole } from "../db/schema.ts";

/**
 * Who may do what, in one table per resource. Routes call authorize(), views call can() to
 * decide which buttons to show, so the two never disagree.
 */
export type Resource =
  | "municipality"
  | "term"
  | "party"
  | "person"
  | "body"
  | "membership"
  | "meeting"
  | "agenda"
  | "case"
  | "user"
  | "password"
  | "audit";
export type Action = "view" | "create" | "update" | "delete";

type Rule = Partial<Record<Action, readonly UserRole[]>>;

const staff: readonly UserRole[] = ["administrator", "secretariat"];
const everyoneSignedIn: readonly UserRole[] = [
  "administrator",
  "secretariat",
  "case_officer",
  "member",
];

const policy: Record<Resource, Rule> = {
  municipality: { update: ["administrator"] },
  term: { view: everyoneSignedIn, create: staff, update: staff, delete: staff },
  party: { view: everyoneSignedIn, create: staff, update: staff, delete: staff },
  person: { view: staff, create: staff, update: staff, delete: staff },
  body: { view: everyoneSignedIn, create: staff, update: staff, delete: staff },
  membership: { view: staff, create: staff, update: staff, delete: staff },
  meeting: { view: everyoneSignedIn, create: staff, update: staff, delete: staff },
  agenda: { view: everyoneSignedIn, create: staff, update: staff, delete: staff },
  case: {
    view: ["administrator", "secretariat", "case_officer"],
    create: ["administrator", "secretariat", "case_officer"],
    update: ["administrator", "secretariat", "case_officer"],
  },
  user: { view: ["administrator"], create: ["administrator"], update: ["administrator"] },
  /** One's own password: every signed-in user changes their own, and no one else's. */
  password: { update: everyoneSignedIn },
  audit: { view: staff },
};

export function can(user: SessionUser | null, action: Action, resource: Resource): boolean {
  if (!user) return false;
  return policy[resource][action]?.includes(user.role) ?? false;
}

/** Thrown when the user may not act; answered as 404 so the resource's existence is not told. */
export class NotFoundError extends Error {
  constructor(message = "Ikke funnet") {
    super(message);
    this.name = "NotFoundError";
  }
}

export function authorize(user: SessionUser | null, action: Action, resource: Resource): void {
  if (!can(user, action, resource)) throw new NotFoundError();
}
