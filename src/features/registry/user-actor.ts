import type { Actor } from "../../audit.ts";
import type { SessionUser } from "../../auth/session.ts";
import { type Action, authorize, NotFoundError, type Resource } from "../../policies/policy.ts";

/** Authorizes the signed-in user and names them as the actor of the change that follows. */
export function authorizeActor(
  user: SessionUser | null,
  action: Action,
  resource: Resource,
): Actor & { kind: "user" } {
  authorize(user, action, resource);
  if (!user) throw new NotFoundError();
  return { kind: "user", user };
}
