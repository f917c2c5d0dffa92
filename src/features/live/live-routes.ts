import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ChangeEvent } from "../../commit/change-event.ts";
import { authorize } from "../../policies/policy.ts";
import { requireUser } from "../../web/require-user.ts";

/** The event streams; they stay open, so a crawler of pages leaves them alone. */
export const LIVE_STREAM_PATHS = ["/hendelser", "/admin/hendelser"] as const;

/** Events replayed at most after a reconnect; a client further behind reloads its page. */
const REPLAY_LIMIT = 1000;
/** Comments sent this often keep proxies from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;

/** What a client is told of a change: never its content, which the client fetches itself. */
function message(event: ChangeEvent) {
  return {
    id: String(event.id),
    event: "change",
    data: { entityType: event.entityType, entityId: event.entityId, action: event.action },
  };
}

function lastEventId(value: string | null): number {
  return value !== null && /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

/**
 * One stream of change events: first what the client missed since its Last-Event-ID (from
 * the change_event table), then each change as it commits on any node. Events that arrive
 * while the replay is read are held and sent after it, each once, in order.
 */
async function streamChanges(
  request: FastifyRequest,
  reply: FastifyReply,
  publicOnly: boolean,
): Promise<void> {
  const sse = reply.sse;
  sse.keepAlive();
  let sentUpTo = lastEventId(sse.lastEventId);
  let held: ChangeEvent[] | null = [];
  const send = (event: ChangeEvent): void => {
    if (event.id <= sentUpTo || (publicOnly && !event.public)) return;
    sentUpTo = event.id;
    if (sse.isConnected) sse.send(message(event)).catch(() => sse.close());
  };
  const unsubscribe = request.server.changes.subscribe({
    onEvent: (event) => (held ? held.push(event) : send(event)),
  });
  sse.onClose(unsubscribe);
  if (sentUpTo > 0) {
    let query = request.server.db
      .selectFrom("change_event")
      .select(["id", "entity_type", "entity_id", "action", "public"])
      .where("id", ">", sentUpTo)
      .orderBy("id")
      .limit(REPLAY_LIMIT);
    if (publicOnly) query = query.where("public", "=", true);
    for (const row of await query.execute())
      send({
        id: row.id,
        entityType: row.entity_type,
        entityId: row.entity_id,
        action: row.action,
        public: row.public,
      });
  }
  const waiting = held.sort((a, b) => a.id - b.id);
  held = null;
  for (const event of waiting) send(event);
  // Commit the headers now, so a client knows it is connected before the first change.
  sse.sendHeaders();
  reply.raw.flushHeaders();
}

/**
 * Server-Sent Events for the live views: `/hendelser` for everyone, carrying only changes
 * the public portal can show; `/admin/hendelser` for those who may read the audit log,
 * carrying every change.
 */
export async function registerLiveRoutes(app: FastifyInstance): Promise<void> {
  app.get(LIVE_STREAM_PATHS[0], { sse: { kind: "only", heartbeat: true } }, (request, reply) =>
    streamChanges(request, reply, true),
  );
  app.get(
    LIVE_STREAM_PATHS[1],
    { sse: { kind: "only", heartbeat: true }, preHandler: requireUser },
    (request, reply) => {
      authorize(request.user, "view", "audit");
      return streamChanges(request, reply, false);
    },
  );
}
