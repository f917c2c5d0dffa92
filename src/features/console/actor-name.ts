import type { Actor } from "../../audit.ts";

/** The name the console's rows keep of who recorded them, as the audit log writes it. */
export const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.user.displayName : actor.name;
