import type { FastifyReply, FastifyRequest } from "fastify";

/** Where a user chooses their own password; the first stop after a one-time password. */
export const PASSWORD_PATH = "/admin/passord";

const toLogin = (request: FastifyRequest, reply: FastifyReply) =>
  reply.redirect(`/logg-inn?neste=${encodeURIComponent(request.url)}`, 303);

/** Pages for any signed-in user; anonymous visitors are sent to the login page and back. */
export async function requireSignedIn(request: FastifyRequest, reply: FastifyReply) {
  if (!request.user) return toLogin(request, reply);
}

/**
 * The secretariat's workspace needs a signed-in user who has chosen their own password: one
 * who signed in with a password the system made is sent to choose one before anything else,
 * and brought back to the page they asked for when it is one a link can lead to.
 */
export async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  if (!request.user) return toLogin(request, reply);
  if (request.mustChangePassword)
    return reply.redirect(
      request.method === "GET"
        ? `${PASSWORD_PATH}?neste=${encodeURIComponent(request.url)}`
        : PASSWORD_PATH,
      303,
    );
}
