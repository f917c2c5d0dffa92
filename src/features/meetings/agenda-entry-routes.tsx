import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { commit } from "../../commit/commit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import { ENTRY_KINDS, type EntryKind } from "../../domain/agenda-kinds.ts";
import { authorize } from "../../policies/policy.ts";
import { redirectWithFlash } from "../../web/flash.ts";
import {
  day,
  longText,
  optionalText,
  optionalWholeNumber,
  parseForm,
  postedValues,
  requiredText,
} from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId } from "../../web/route-helpers.ts";
import { type AgendaEntryInput, addAgendaEntry } from "./add-agenda-entry.ts";
import { addAgendaLetter, type LetterInput } from "./add-agenda-letter.ts";
import { entryField, entryFormErrors, entryTextErrors } from "./agenda-entry-forms.tsx";
import { agendaItemValues } from "./agenda-item-page.tsx";
import { loadItemPage, showItemPage } from "./agenda-routes.tsx";
import { lockMeeting } from "./agenda-store.ts";
import { showMeetingPage } from "./meeting-routes.tsx";
import { meetingSubject } from "./meeting-status.ts";
import { removeAgendaLetter } from "./remove-agenda-letter.ts";
import { setMeetingNumber } from "./set-meeting-number.ts";
import { updateAgendaEntry } from "./update-agenda-entry.ts";

const kindSchema = z.object({
  kind: z.enum(ENTRY_KINDS as [EntryKind, ...EntryKind[]], { error: "Velg hva slags punkt." }),
});

/** The kind's own fields, named with its prefix on the page (agenda-entry-forms.tsx). */
function parseEntryForm(body: unknown): Outcome<AgendaEntryInput> {
  const kind = parseForm(kindSchema, body ?? {});
  if (!kind.ok) return refused({ form: "Velg hva slags punkt som skal legges til." });
  const of = kind.value.kind;
  const fields = z.object({
    [entryField(of, "title")]: longText(300),
    [entryField(of, "presenter")]: longText(200),
    [entryField(of, "text")]: longText(5000),
  });
  const parsed = parseForm(fields, body ?? {});
  if (!parsed.ok) return parsed;
  return succeeded({
    kind: of,
    title: parsed.value[entryField(of, "title")] ?? "",
    presenter: parsed.value[entryField(of, "presenter")] ?? "",
    text: parsed.value[entryField(of, "text")] ?? "",
  });
}

const entryTextSchema = z.object({
  entryTitle: longText(300),
  entryPresenter: longText(200),
  entryText: longText(5000),
});

const letterSchema = z.object({
  direction: z.enum(["incoming", "outgoing", "internal"], { error: "Velg retning." }),
  correspondent: requiredText("Skriv hvem brevet er fra eller til.", 300),
  letterDate: day("Skriv brevets dato, for eksempel 2026-10-02."),
  letterTitle: requiredText("Skriv brevets tittel.", 500),
  journalReference: longText(100),
  letterExempt: z
    .string({ error: "Ugyldig valg." })
    .optional()
    .transform((value) => value === "on"),
  letterExemptionBasis: optionalText(200),
});

function parseLetterForm(body: unknown): Outcome<LetterInput> {
  const parsed = parseForm(letterSchema, body ?? {});
  if (!parsed.ok) return parsed;
  const letter = parsed.value;
  if (letter.letterExempt && letter.letterExemptionBasis === null)
    return refused({ letterExemptionBasis: "Oppgi hjemmelen når brevet er unntatt offentlighet." });
  return succeeded({
    direction: letter.direction,
    correspondent: letter.correspondent,
    letterDate: letter.letterDate,
    title: letter.letterTitle,
    journalReference: letter.journalReference,
    exemptionBasis: letter.letterExempt ? letter.letterExemptionBasis : null,
  });
}

const numberSchema = z.object({
  number: optionalWholeNumber(
    "Skriv møtenummeret som et helt tall fra 1, eller la feltet stå tomt.",
    1,
  ),
});

/** The secretariat's forms for items without a case, a referatsak's letters and the meeting's number. */
export async function registerAgendaEntryRoutes(app: FastifyInstance): Promise<void> {
  app.post("/admin/moter/:id/punkter", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const input = parseEntryForm(request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "create", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "create", "agenda", meetingSubject(meeting));
      if (!input.ok) return input;
      return addAgendaEntry({ actor, meeting, entry: input.value, tx });
    });
    if (!outcome.ok) {
      const kind = parseForm(kindSchema, request.body ?? {});
      return showMeetingPage(request, reply, meetingId, {
        errors: kind.ok ? entryFormErrors(kind.value.kind, outcome.errors) : outcome.errors,
        values: postedValues(request.body),
      });
    }
    return redirectWithFlash(reply, `/admin/moter/${meetingId}`, "agendaEntryAdded");
  });

  const itemPath = "/admin/moter/:id/saker/:itemId";

  app.post(`${itemPath}/punkt`, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const input = parseForm(entryTextSchema, request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "agenda", meetingSubject(meeting));
      if (!input.ok) return input;
      return updateAgendaEntry({
        actor,
        meeting,
        itemId,
        title: input.value.entryTitle,
        text: input.value.entryText,
        presenter: input.value.entryPresenter,
        tx,
      });
    });
    if (!outcome.ok) {
      const page = await loadItemPage(request);
      return showItemPage(request, reply, page, {
        values: { ...agendaItemValues(page.entry), ...postedValues(request.body) },
        errors: entryTextErrors(outcome.errors),
      });
    }
    return redirectWithFlash(
      reply,
      `/admin/moter/${meetingId}/saker/${itemId}`,
      "agendaItemUpdated",
    );
  });

  app.post(`${itemPath}/brev`, { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const itemId = pathId(request.params, "itemId");
    const input = parseLetterForm(request.body);
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "agenda");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "agenda", meetingSubject(meeting));
      if (!input.ok) return input;
      return addAgendaLetter({ actor, meeting, itemId, letter: input.value, tx });
    });
    if (!outcome.ok) {
      const page = await loadItemPage(request);
      return showItemPage(request, reply, page, {
        values: { ...agendaItemValues(page.entry), ...postedValues(request.body) },
        errors: outcome.errors,
      });
    }
    return redirectWithFlash(
      reply,
      `/admin/moter/${meetingId}/saker/${itemId}#brev`,
      "agendaLetterAdded",
    );
  });

  app.post(
    `${itemPath}/brev/:letterId/fjern`,
    { preHandler: requireUser },
    async (request, reply) => {
      const meetingId = pathId(request.params);
      const itemId = pathId(request.params, "itemId");
      const letterId = pathId(request.params, "letterId");
      const outcome = await commit(app, async (tx) => {
        authorize(request.user, "update", "agenda");
        const meeting = await lockMeeting(tx, meetingId);
        const actor = authorizeActor(request.user, "update", "agenda", meetingSubject(meeting));
        return removeAgendaLetter({ actor, meeting, itemId, letterId, tx });
      });
      if (!outcome.ok)
        return showItemPage(request, reply, await loadItemPage(request), {
          errors: outcome.errors,
        });
      return redirectWithFlash(
        reply,
        `/admin/moter/${meetingId}/saker/${itemId}#brev`,
        "agendaLetterRemoved",
      );
    },
  );

  app.post("/admin/moter/:id/nummer", { preHandler: requireUser }, async (request, reply) => {
    const meetingId = pathId(request.params);
    const input = parseForm(numberSchema, request.body ?? {});
    const outcome = await commit(app, async (tx) => {
      authorize(request.user, "update", "meeting");
      const meeting = await lockMeeting(tx, meetingId);
      const actor = authorizeActor(request.user, "update", "meeting", meetingSubject(meeting));
      if (!input.ok) return input;
      return setMeetingNumber({ actor, meeting, number: input.value.number, tx });
    });
    if (!outcome.ok)
      return showMeetingPage(request, reply, meetingId, {
        errors: outcome.errors,
        values: postedValues(request.body),
      });
    return redirectWithFlash(reply, `/admin/moter/${meetingId}#motenummer`, "meetingNumberSet");
  });
}
