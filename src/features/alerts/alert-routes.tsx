import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import {
  MAX_QUERY_LENGTH,
  parseSearchQuery,
  searchQueryText,
  toTsqueryText,
} from "../../domain/search-query.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { findBodies } from "../portal/queries.ts";
import { confirmHref, unsubscribeHref } from "./alert-links.ts";
import {
  ActionPage,
  MessagePage,
  SubscribePage,
  type SubscribePageModel,
  SubscribeSentPage,
} from "./alert-pages.tsx";
import type { AlertTarget } from "./alert-targets.ts";
import { describeTarget } from "./alert-targets.ts";
import { CONFIRM_TOKEN } from "./alert-tokens.ts";
import { confirmAlertSubscription, INVALID_CONFIRMATION } from "./confirm-alert-subscription.ts";
import { PrivacyPage } from "./privacy-page.tsx";
import { requestAlertSubscription } from "./request-alert-subscription.ts";
import { INVALID_UNSUBSCRIBE, unsubscribeAlert } from "./unsubscribe-alert.ts";

const caseId = z.string().regex(/^[1-9]\d{0,8}$/);
const subscribeSchema = z.object({
  epost: z
    .string("Skriv e-postadressen din.")
    .trim()
    .min(1, "Skriv e-postadressen din.")
    .max(254, "E-postadressen er for lang.")
    .pipe(z.email("Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.")),
  utvalg: z.string().max(200).optional(),
  sak: caseId.optional(),
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
});
const confirmParams = z.object({ token: z.string().regex(CONFIRM_TOKEN) });
const unsubscribeParams = z.object({
  id: z.string().regex(/^[1-9]\d{0,8}$/),
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** A saved search as the search writes it back; null when it finds nothing to search for. */
function savedSearch(text: string): string | null {
  const parsed = parseSearchQuery(text);
  return toTsqueryText(parsed) === null ? null : searchQueryText(parsed);
}

/** Pages with a token in their address are never kept by a cache. */
const PRIVATE = { cache: "private" } as const;

/** Requests for alerts per address and window: enough for a household, too few to flood a stranger. */
const SUBSCRIBE_LIMIT = { max: 5, timeWindow: "10 minutes" };

/**
 * E-mail alerts: ask (double opt-in, a mail with a link), confirm through the link, and leave
 * with one click, from the link in every mail or from a mail program's button (RFC 8058, a POST
 * to the same address). The privacy statement says what is kept.
 */
export async function registerAlertRoutes(app: FastifyInstance): Promise<void> {
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    input: { email: string; bodySlug: string; caseId: number | null; query: string | null },
    errors: Record<string, string>,
  ) => {
    let target: SubscribePageModel["target"];
    if (input.query !== null) target = { kind: "search", query: input.query };
    else if (input.caseId !== null) {
      const label = await describeTarget(app.db, { kind: "case", caseId: input.caseId });
      if (!label) throw new NotFoundError();
      target = { kind: "case", caseId: input.caseId, label };
    } else {
      const bodies = await findBodies(app.db);
      target = {
        kind: "body",
        bodySlug: input.bodySlug,
        options: bodies
          .filter((body) => body.is_active)
          .map((body) => ({ value: body.slug, label: body.name })),
      };
    }
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <SubscribePage ctx={ctx} model={{ email: input.email, target }} errors={errors} />,
      {
        status: Object.keys(errors).length > 0 ? 400 : 200,
        ...PRIVATE,
      },
    );
  };

  app.get("/varsler", async (request, reply) => {
    const query = z
      .object({
        utvalg: z.string().max(200).optional(),
        sak: caseId.optional(),
        q: z.string().max(MAX_QUERY_LENGTH).optional(),
      })
      .safeParse(request.query);
    if (!query.success) throw new NotFoundError();
    const search = query.data.q === undefined ? null : savedSearch(query.data.q);
    if (query.data.q !== undefined && search === null) throw new NotFoundError();
    return formPage(
      request,
      reply,
      {
        email: "",
        bodySlug: query.data.utvalg ?? "",
        caseId: query.data.sak ? Number(query.data.sak) : null,
        query: search,
      },
      {},
    );
  });

  app.post("/varsler", { config: { rateLimit: SUBSCRIBE_LIMIT } }, async (request, reply) => {
    const raw = z
      .record(z.string(), z.unknown())
      .catch({})
      .parse(request.body ?? {});
    const parsed = subscribeSchema.safeParse(raw);
    const given = {
      email: typeof raw.epost === "string" ? raw.epost.slice(0, 254) : "",
      bodySlug: typeof raw.utvalg === "string" ? raw.utvalg.slice(0, 200) : "",
      caseId:
        typeof raw.sak === "string" && caseId.safeParse(raw.sak).success ? Number(raw.sak) : null,
      query: typeof raw.q === "string" ? savedSearch(raw.q.slice(0, MAX_QUERY_LENGTH)) : null,
    };
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        errors[field] ??= field === "epost" ? issue.message : "Velg fra listen.";
      }
      return formPage(request, reply, given, errors);
    }
    let target: AlertTarget;
    if (parsed.data.q !== undefined) {
      if (given.query === null)
        return formPage(
          request,
          reply,
          { ...given, query: "" },
          { q: "Søket finner ingenting å lete etter." },
        );
      target = { kind: "search", query: given.query };
    } else if (parsed.data.sak) target = { kind: "case", caseId: Number(parsed.data.sak) };
    else {
      const body = (await findBodies(app.db)).find(
        (candidate) => candidate.slug === parsed.data.utvalg && candidate.is_active,
      );
      if (!body) return formPage(request, reply, given, { utvalg: "Velg et utvalg fra listen." });
      target = { kind: "body", bodyId: body.id };
    }
    const municipalityName = await app.municipalityName.get();
    const outcome = await commit({ db: app.db, changes: app.changes }, (tx) =>
      requestAlertSubscription({
        email: parsed.data.epost,
        target,
        baseUrl: app.config.baseUrl,
        municipalityName,
        now: new Date(),
        tx,
      }),
    );
    if (!outcome.ok) return formPage(request, reply, given, outcome.errors);
    const ctx = await pageContext(request);
    return sendPage(request, reply, <SubscribeSentPage ctx={ctx} />, PRIVATE);
  });

  app.get("/varsler/bekreft/:token", async (request, reply) => {
    const params = confirmParams.safeParse(request.params);
    const ctx = await pageContext(request);
    if (!params.success)
      return sendPage(
        request,
        reply,
        <MessagePage ctx={ctx} title="Ugyldig lenke" text={INVALID_CONFIRMATION} />,
        {
          status: 404,
          ...PRIVATE,
        },
      );
    return sendPage(
      request,
      reply,
      <ActionPage
        ctx={ctx}
        title="Bekreft varsel"
        text="Bekreft at du vil ha varsler på e-post. Du kan melde deg av fra hver e-post."
        action={confirmHref(params.data.token)}
        button="Bekreft"
      />,
      PRIVATE,
    );
  });

  app.post(
    "/varsler/bekreft/:token",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } },
    async (request, reply) => {
      const params = confirmParams.safeParse(request.params);
      const ctx = await pageContext(request);
      const outcome = params.success
        ? await commit({ db: app.db, changes: app.changes }, (tx) =>
            confirmAlertSubscription({ token: params.data.token, now: new Date(), tx }),
          )
        : null;
      if (!outcome?.ok)
        return sendPage(
          request,
          reply,
          <MessagePage ctx={ctx} title="Ugyldig lenke" text={INVALID_CONFIRMATION} />,
          {
            status: 400,
            ...PRIVATE,
          },
        );
      return sendPage(
        request,
        reply,
        <MessagePage
          ctx={ctx}
          title="Varselet er bekreftet"
          text="Du får en e-post når noe nytt blir publisert. Hver e-post har en lenke for å melde deg av."
        />,
        PRIVATE,
      );
    },
  );

  app.get("/varsler/avmeld/:id/:token", async (request, reply) => {
    const params = unsubscribeParams.safeParse(request.params);
    const ctx = await pageContext(request);
    if (!params.success)
      return sendPage(
        request,
        reply,
        <MessagePage ctx={ctx} title="Ugyldig lenke" text={INVALID_UNSUBSCRIBE} />,
        {
          status: 404,
          ...PRIVATE,
        },
      );
    return sendPage(
      request,
      reply,
      <ActionPage
        ctx={ctx}
        title="Meld deg av varsler"
        text="Når du melder deg av, slettes e-postadressen din, og du får ingen flere varsler om dette."
        action={unsubscribeHref(Number(params.data.id), params.data.token)}
        button="Meld meg av"
      />,
      PRIVATE,
    );
  });

  // The button on the page and a mail program's one-click POST (RFC 8058) come here alike.
  app.post(
    "/varsler/avmeld/:id/:token",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } },
    async (request, reply) => {
      const params = unsubscribeParams.safeParse(request.params);
      const ctx = await pageContext(request);
      const outcome = params.success
        ? await commit({ db: app.db, changes: app.changes }, (tx) =>
            unsubscribeAlert({
              subscriptionId: Number(params.data.id),
              token: params.data.token,
              now: new Date(),
              tx,
            }),
          )
        : null;
      if (!outcome?.ok)
        return sendPage(
          request,
          reply,
          <MessagePage ctx={ctx} title="Ugyldig lenke" text={INVALID_UNSUBSCRIBE} />,
          {
            status: 400,
            ...PRIVATE,
          },
        );
      return sendPage(
        request,
        reply,
        <MessagePage
          ctx={ctx}
          title="Du er meldt av"
          text="E-postadressen din er slettet, og du får ingen flere varsler om dette."
        />,
        PRIVATE,
      );
    },
  );

  app.get("/personvern", async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(request, reply, <PrivacyPage ctx={ctx} />);
  });
}
