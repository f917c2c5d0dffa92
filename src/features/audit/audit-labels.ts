import type { Resource } from "../../policies/policy.ts";
import { JOBS_PATH } from "../jobs/job-paths.ts";
import { BODIES_PATH, PARTIES_PATH, PERSONS_PATH, TERMS_PATH } from "../registry/registry-paths.ts";
import { USERS_PATH } from "../users/user-paths.ts";

/** What the actions written by writeAudit mean, in words; an action not here shows as written. */
export const ACTION_LABELS: Record<string, string> = {
  "agenda_item.add": "La saken til i sakslisten",
  "agenda_item.add_entry": "La punktet til i sakslisten",
  "agenda_item.add_letter": "La brevet til under referatsakene",
  "agenda_item.remove_letter": "Tok brevet ut av referatsakene",
  "agenda_item.update_entry": "Endret teksten i punktet",
  "agenda_item.decide": "Førte vedtaket i protokollen",
  "agenda_item.move": "Flyttet saken i sakslisten",
  "agenda_item.remove": "Tok saken ut av sakslisten",
  "agenda_item.update": "Endret punktet i sakslisten",
  "agenda_item.withdraw_decision": "Tok vedtaket ut av protokollen",
  "body.create": "Opprettet utvalget",
  "body.update": "Endret utvalget",
  "body.set_series_start": "Satte startnummeret for en nummerserie",
  "case.create": "Opprettet saken",
  "case.update": "Endret saken",
  "case.change_route": "Endret saksgangen",
  "case.plan_meeting": "Planla møtet saken skal behandles i",
  "case.submit": "Sendte saken til godkjenning",
  "case.return": "Sendte saken tilbake til saksbehandleren",
  "case.approve": "Godkjente saksframlegget for kommunedirektøren",
  "case.ready": "Meldte saken klar for sekretariatet",
  "case.revise": "Lagret en ny versjon av saksframlegget",
  "case.share": "Delte saken",
  "case.unshare": "Sluttet å dele saken",
  "demo.seed": "Fylte inn demodata",
  "job.retry": "Satte jobben i kø igjen",
  "document.add": "La til dokumentet",
  "document.render_presentation": "Lagde saksframlegget som PDF",
  "meeting.approve_minutes": "Godkjente protokollen",
  "meeting.cancel": "Avlyste møtet",
  "meeting.create": "Opprettet møtet",
  "meeting.hold": "Førte møtet som holdt",
  "meeting.publish_notice": "Sendte ut innkallingen",
  "meeting.set_number": "Satte møtenummeret",
  "meeting.update": "Endret møtet",
  "membership.create": "La til vervet",
  "membership.end": "Avsluttet vervet",
  "municipality.create": "Opprettet kommunen",
  "party.create": "Opprettet partiet",
  "party.update": "Endret partiet",
  "person.create": "Opprettet personen",
  "person.update": "Endret personen",
  "session.login": "Logget inn",
  "term.create": "Opprettet valgperioden",
  "term.update": "Endret valgperioden",
  "user.create": "Opprettet brukerkontoen",
  "user.update": "Endret brukerkontoen",
  "user.deactivate": "Deaktiverte brukerkontoen",
  "user.reactivate": "Aktiverte brukerkontoen igjen",
  "user.reset_password": "Laget nytt engangspassord",
  "user.change_password": "Byttet sitt eget passord",
};

/** The part of an action before the dot says what it concerns; the log can be filtered by it. */
export const ACTION_AREAS: Record<string, string> = {
  agenda_item: "Sakslister",
  body: "Utvalg",
  case: "Saker",
  demo: "Demodata",
  job: "Bakgrunnsjobber",
  document: "Dokumenter",
  meeting: "Møter",
  membership: "Verv",
  municipality: "Kommunen",
  party: "Partier og lister",
  person: "Personer",
  session: "Innlogging",
  term: "Valgperioder",
  user: "Brukerkontoer",
};

/** The kinds of record the log names, and the workspace page of one where there is such a page. */
export const ENTITY_TYPES: Record<
  string,
  { label: string; page?: { resource: Resource; href: (id: string) => string } }
> = {
  agenda_item: { label: "Sakslistepunkt" },
  agenda_item_letter: { label: "Brev i referatsak" },
  app_user: {
    label: "Brukerkonto",
    page: { resource: "user", href: (id) => `${USERS_PATH}/${id}` },
  },
  body: { label: "Utvalg", page: { resource: "body", href: (id) => `${BODIES_PATH}/${id}` } },
  job: { label: "Jobb", page: { resource: "job", href: (id) => `${JOBS_PATH}#jobb-${id}` } },
  case: { label: "Sak", page: { resource: "case", href: (id) => `/admin/saker/${id}` } },
  document: { label: "Dokument" },
  meeting: { label: "Møte", page: { resource: "meeting", href: (id) => `/admin/moter/${id}` } },
  membership: { label: "Verv" },
  municipality: { label: "Kommune" },
  party: {
    label: "Parti",
    page: { resource: "party", href: (id) => `${PARTIES_PATH}/${id}/rediger` },
  },
  person: { label: "Person", page: { resource: "person", href: (id) => `${PERSONS_PATH}/${id}` } },
  term: {
    label: "Valgperiode",
    page: { resource: "term", href: (id) => `${TERMS_PATH}/${id}/rediger` },
  },
};
