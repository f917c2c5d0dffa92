import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { osloDateTime, osloDay } from "../../domain/time.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { AccessibilityPage } from "./accessibility-page.tsx";
import { BodiesPage } from "./bodies-page.tsx";
import { BodyPage } from "./body-page.tsx";
import { CalendarPage } from "./calendar-page.tsx";
import { CasePage } from "./case-page.tsx";
import { FrontPage } from "./front-page.tsx";
import { MeetingPage } from "./meeting-page.tsx";
import { addMonths, MONTH_PATTERN, monthOf, monthStart, parseMonth } from "./month.ts";
import { PersonPage } from "./person-page.tsx";
import { presentAccessibilityPage } from "./presenters/accessibility.ts";
import { presentBodiesPage, presentBodyPage } from "./presenters/body.ts";
import { presentCalendarPage } from "./presenters/calendar.ts";
import { presentCasePage } from "./presenters/case.ts";
import { presentFrontPage } from "./presenters/front-page.ts";
import { presentMeetingPage } from "./presenters/meeting.ts";
import { presentPersonPage } from "./presenters/person.ts";
import {
  findAgendaOfMeeting,
  findBodies,
  findBodyBySlug,
  findCurrentTerm,
  findDocumentsOfCase,
  findDocumentsOfMeeting,
  findLatestDecisions,
  findLettersOfMeeting,
  findMeeting,
  findMeetingChanges,
  findMeetingsBetween,
  findMembershipsOfPerson,
  findMunicipality,
  findPastMeetingsOfBody,
  findPublicPerson,
  findPublishedCase,
  findRouteOfCase,
  findSeatsOfBody,
  findTreatmentsOfCase,
  findUpcomingMeetings,
  findUpcomingMeetingsOfBody,
} from "./queries.ts";

/**
 * The public portal: no login, every page server-rendered and cacheable for anonymous visitors.
 * Anything not public answers the same 404 as anything unknown.
 */

const FRONT_PAGE_MEETINGS = 10;
const FRONT_PAGE_DECISIONS = 10;
/** The body page lists this many months of past meetings and links to the calendar for more. */
const PAST_MONTHS = 12;
/** The day the accessibility statement was last reviewed. */
const STATEMENT_DAY = "2026-11-26";

/** Database ids are positive 32-bit integers; anything else cannot exist. */
const idParams = z.object({ id: z.string().regex(/^[1-9]\d{0,8}$/) });
const slugParams = z.object({ slug: z.string().min(1).max(200) });
const emptyAsMissing = (value: unknown) => (value === "" ? undefined : value);
const monthQuery = z.preprocess(
  emptyAsMissing,
  z
    .string("Velg én måned.")
    .regex(MONTH_PATTERN, "Måneden må skrives som år og måned, for eksempel 2026-11.")
    .optional(),
);
const bodyQuery = z.preprocess(
  emptyAsMissing,
  z.string("Velg ett utvalg.").max(200, "Velg et utvalg fra listen.").optional(),
);

/** Each field on its own, so a bad month does not throw away a good body filter. */
function parseCalendarQuery(query: unknown) {
  const raw = z.record(z.string(), z.unknown()).catch({}).parse(query);
  const month = monthQuery.safeParse(raw.maned);
  const body = bodyQuery.safeParse(raw.utvalg);
  const errors: Record<string, string> = {};
  if (!month.success) errors.maned = month.error.issues[0]?.message ?? "Ugyldig måned.";
  if (!body.success) errors.utvalg = body.error.issues[0]?.message ?? "Ugyldig utvalg.";
  return {
    maned: month.success ? month.data : undefined,
    utvalg: body.success ? body.data : undefined,
    errors,
  };
}

function parseId(params: unknown): number {
  const parsed = idParams.safeParse(params);
  if (!parsed.success) throw new NotFoundError();
  return Number(parsed.data.id);
}

function parseSlug(params: unknown): string {
  const parsed = slugParams.safeParse(params);
  if (!parsed.success) throw new NotFoundError();
  return parsed.data.slug;
}

/** Midnight today in Norway: a meeting earlier today still counts as upcoming. */
const startOfToday = (now: Date): Date => osloDateTime(osloDay(now), "00:00");

export async function registerPortalRoutes(app: FastifyInstance): Promise<void> {
  app.get("/", async (request, reply) => {
    const now = new Date();
    const [upcoming, decisions] = await Promise.all([
      findUpcomingMeetings(app.db, startOfToday(now), FRONT_PAGE_MEETINGS),
      findLatestDecisions(app.db, FRONT_PAGE_DECISIONS),
    ]);
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <FrontPage ctx={ctx} model={presentFrontPage({ upcoming, decisions })} />,
    );
  });

  app.get("/moter", async (request, reply) => {
    const query = parseCalendarQuery(request.query);
    const errors = query.errors;
    const month = (query.maned ? parseMonth(query.maned) : null) ?? monthOf(new Date());
    const bodies = await findBodies(app.db);
    const slug = query.utvalg ?? "";
    const body = slug ? bodies.find((candidate) => candidate.slug === slug) : undefined;
    if (slug && !body) errors.utvalg = "Fant ikke utvalget. Velg et utvalg fra listen.";
    const meetings = await findMeetingsBetween(app.db, {
      from: monthStart(month),
      to: monthStart(addMonths(month, 1)),
      bodyId: body?.id,
    });
    const ctx = await pageContext(request);
    const hasErrors = Object.keys(errors).length > 0;
    return sendPage(
      request,
      reply,
      <CalendarPage
        ctx={ctx}
        model={presentCalendarPage({ month, bodySlug: body?.slug ?? "", bodies, meetings })}
        errors={errors}
      />,
      { status: hasErrors ? 400 : 200 },
    );
  });

  app.get("/moter/:id", async (request, reply) => {
    const meetingId = parseId(request.params);
    const meeting = await findMeeting(app.db, meetingId);
    if (!meeting) throw new NotFoundError();
    const minutes = await app.db
      .selectFrom("public_minutes_version")
      .select("id")
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst();
    const [agenda, documents, letters, changes] = meeting.agenda_published
      ? await Promise.all([
          findAgendaOfMeeting(app.db, meetingId),
          findDocumentsOfMeeting(app.db, meetingId),
          findLettersOfMeeting(app.db, meetingId),
          findMeetingChanges(app.db, meetingId),
        ])
      : [[], [], [], []];
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <MeetingPage
        ctx={ctx}
        model={presentMeetingPage({ meeting, agenda, documents, letters })}
        changes={changes}
        minutesHref={minutes ? `/moter/${meetingId}/protokoll` : null}
      />,
    );
  });

  app.get("/saker/:id", async (request, reply) => {
    const caseId = parseId(request.params);
    const caseRow = await findPublishedCase(app.db, caseId);
    if (!caseRow) throw new NotFoundError();
    // An exempt case shows only its neutral title and legal basis, so nothing more is read.
    const [route, treatments, documents] =
      caseRow.access === "public"
        ? await Promise.all([
            findRouteOfCase(app.db, caseId),
            findTreatmentsOfCase(app.db, caseId),
            findDocumentsOfCase(app.db, caseId),
          ])
        : [[], [], []];
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <CasePage ctx={ctx} model={presentCasePage({ caseRow, route, treatments, documents })} />,
    );
  });

  app.get("/utvalg", async (request, reply) => {
    const bodies = await findBodies(app.db);
    const ctx = await pageContext(request);
    return sendPage(request, reply, <BodiesPage ctx={ctx} model={presentBodiesPage(bodies)} />);
  });

  app.get("/utvalg/:slug", async (request, reply) => {
    const slug = parseSlug(request.params);
    const body = await findBodyBySlug(app.db, slug);
    if (!body) throw new NotFoundError();
    const now = new Date();
    const today = osloDay(now);
    const todayStart = startOfToday(now);
    const pastFrom = addMonths(monthOf(now), 1 - PAST_MONTHS);
    const [term, upcoming, past] = await Promise.all([
      findCurrentTerm(app.db, today),
      findUpcomingMeetingsOfBody(app.db, body.id, todayStart),
      findPastMeetingsOfBody(app.db, {
        bodyId: body.id,
        from: monthStart(pastFrom),
        to: todayStart,
      }),
    ]);
    const seats = term
      ? await findSeatsOfBody(app.db, { bodyId: body.id, termId: term.id, day: today })
      : [];
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <BodyPage
        ctx={ctx}
        model={presentBodyPage({ body, term: term ?? null, seats, upcoming, past, pastFrom })}
      />,
    );
  });

  app.get("/personer/:id", async (request, reply) => {
    const personId = parseId(request.params);
    const person = await findPublicPerson(app.db, personId);
    if (!person) throw new NotFoundError();
    const memberships = await findMembershipsOfPerson(app.db, personId);
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <PersonPage ctx={ctx} model={presentPersonPage({ person, memberships })} />,
    );
  });

  app.get("/tilgjengelighet", async (request, reply) => {
    const municipality = await findMunicipality(app.db);
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <AccessibilityPage
        ctx={ctx}
        model={presentAccessibilityPage({
          municipalityShortName: municipality?.short_name ?? ctx.municipalityName,
          statementDay: STATEMENT_DAY,
        })}
      />,
    );
  });
}
