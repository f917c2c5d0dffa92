import type { FastifyReply, FastifyRequest } from "fastify";

/** The secretariat's workspace needs a signed-in user; others are sent to the login page. */
export async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  if (!request.user)
    return reply.redirect(`/logg-inn?neste=${encodeURIComponent(request.url)}`, 303);
}
