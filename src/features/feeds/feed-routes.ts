import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { addOsloMonths } from "../../domain/time.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { sendPublicDocument } from "../../web/send-document.ts";
import { findBodyBySlug } from "../portal/queries.ts";
import {
  agendaEntry,
  buildAtomFeed,
  decisionEntry,
  FEED_LENGTH,
  latestEntries,
  meetingEntry,
} from "./atom-feed.ts";
import { buildCalendar } from "./calendar-feed.ts";
import { atomHref, calendarFeedHref } from "./feed-links.ts";
import {
  findCalendarMeetings,
  findChangedMeetings,
  findFeedDecisions,
  findPublishedAgendas,
} from "./feed-queries.ts";

/** How far back a calendar reaches: a subscriber keeps last year's meetings. */
const CALENDAR_MONTHS_BACK = 12;

const slugParams = z.object({ slug: z.string().min(1).max(200) });

async function bodyOf(app: FastifyInstance, params: unknown) {
  const parsed = slugParams.safeParse(params);
  const body = parsed.success ? await findBodyBySlug(app.db, parsed.data.slug) : undefined;
  if (!body) throw new NotFoundError();
  return body;
}

/**
 * Calendars (iCalendar) and news feeds (Atom), for the whole municipality and per body. They are
 * public documents served through the page cache, so a council's feed polled by many readers is
 * rendered once per change.
 */
export async function registerFeedRoutes(app: FastifyInstance): Promise<void> {
  const municipality = () => app.municipalityName.get();

  const calendar = async (body: { id: number; name: string; slug: string } | null) => {
    const name = await municipality();
    const meetings = await findCalendarMeetings(app.db, {
      from: addOsloMonths(new Date(), -CALENDAR_MONTHS_BACK),
      bodyId: body?.id,
    });
    return buildCalendar({
      name: body ? `${body.name} – ${name}` : `Politiske møter – ${name}`,
      baseUrl: app.config.baseUrl,
      url: calendarFeedHref(body?.slug),
      meetings,
    });
  };

  const atom = async (body: { id: number; name: string; slug: string } | null) => {
    const name = await municipality();
    const scope = { bodyId: body?.id, limit: FEED_LENGTH };
    const host = new URL(app.config.baseUrl).hostname;
    const [meetings, agendas, decisions] = await Promise.all([
      findChangedMeetings(app.db, scope),
      findPublishedAgendas(app.db, scope),
      findFeedDecisions(app.db, scope),
    ]);
    return buildAtomFeed({
      title: body ? `${body.name} – ${name}` : `Politiske møter og vedtak – ${name}`,
      subtitle: body
        ? `Nye møter, innkallinger, vedtak og protokoller fra ${body.name}.`
        : `Nye møter, innkallinger, vedtak og protokoller fra de folkevalgte organene i ${name}.`,
      baseUrl: app.config.baseUrl,
      selfPath: atomHref(body?.slug),
      pagePath: body ? `/utvalg/${encodeURIComponent(body.slug)}` : "/",
      authorName: name,
      entries: latestEntries(
        meetings.map((row) => meetingEntry(host, row)),
        agendas.map((row) => agendaEntry(host, row)),
        decisions.map((row) => decisionEntry(host, row)),
      ),
    });
  };

  const ICS = "text/calendar; charset=utf-8";
  const ATOM = "application/atom+xml; charset=utf-8";

  app.get("/kalender.ics", async (request, reply) =>
    sendPublicDocument(request, reply, await calendar(null), ICS),
  );
  app.get("/utvalg/:slug/kalender.ics", async (request, reply) =>
    sendPublicDocument(request, reply, await calendar(await bodyOf(app, request.params)), ICS),
  );
  app.get("/nyheter.atom", async (request, reply) =>
    sendPublicDocument(request, reply, await atom(null), ATOM),
  );
  app.get("/utvalg/:slug/nyheter.atom", async (request, reply) =>
    sendPublicDocument(request, reply, await atom(await bodyOf(app, request.params)), ATOM),
  );
}
