import { type CaseSubject, casePolicy } from "./case-policy.ts";
import { type DecisionNoticeSubject, decisionNoticePolicy } from "./decision-notice-policy.ts";
import {
  agendaPolicy,
  consolePolicy,
  type MeetingSubject,
  meetingPolicy,
} from "./meeting-policy.ts";
import type { Action, PolicyUser, Rule } from "./rules.ts";
import {
  auditPolicy,
  bodyPolicy,
  jobPolicy,
  membershipPolicy,
  municipalityPolicy,
  outboxPolicy,
  partyPolicy,
  passwordPolicy,
  personPolicy,
  termPolicy,
  userPolicy,
} from "./workspace-policy.ts";

export type { Action, PolicyUser, Seats } from "./rules.ts";
export type { CaseSubject, DecisionNoticeSubject, MeetingSubject };

/** The record each resource's conditions read; never for those where the role alone decides. */
interface Subjects {
  municipality: never;
  term: never;
  party: never;
  person: never;
  body: never;
  membership: never;
  meeting: MeetingSubject;
  agenda: MeetingSubject;
  console: MeetingSubject;
  case: CaseSubject;
  decision_notice: DecisionNoticeSubject;
  user: never;
  password: never;
  audit: never;
  job: never;
  outbox: never;
}

export type Resource = keyof Subjects;

/**
 * Who may do what, in one table per resource. Routes call authorize(), views call can() to
 * decide which buttons and links to show, so the two never disagree.
 */
const policies: { [R in Resource]: readonly Rule<Subjects[R]>[] } = {
  municipality: municipalityPolicy,
  term: termPolicy,
  party: partyPolicy,
  person: personPolicy,
  body: bodyPolicy,
  membership: membershipPolicy,
  meeting: meetingPolicy,
  agenda: agendaPolicy,
  console: consolePolicy,
  case: casePolicy,
  decision_notice: decisionNoticePolicy,
  user: userPolicy,
  password: passwordPolicy,
  audit: auditPolicy,
  job: jobPolicy,
  outbox: outboxPolicy,
};

/**
 * With a record: may the user do this to that record. Without one: may the user's role do it to
 * some record at all, the gate in front of a list or a form whose record is not chosen yet; the
 * list itself is then scoped to what the user may see.
 */
export function can<R extends Resource>(
  user: PolicyUser | null,
  action: Action,
  resource: R,
  record?: Subjects[R],
): boolean {
  if (!user) return false;
  const rules: readonly Rule<Subjects[R]>[] = policies[resource];
  return rules.some(
    (rule) =>
      rule.roles.includes(user.role) &&
      rule.actions.includes(action) &&
      (record === undefined || rule.condition === null || rule.condition(user, record)),
  );
}

/** Thrown when the user may not act; answered as 404 so the resource's existence is not told. */
export class NotFoundError extends Error {
  constructor(message = "Ikke funnet") {
    super(message);
    this.name = "NotFoundError";
  }
}

export function authorize<R extends Resource>(
  user: PolicyUser | null,
  action: Action,
  resource: R,
  record?: Subjects[R],
): void {
  if (!can(user, action, resource, record)) throw new NotFoundError();
}
