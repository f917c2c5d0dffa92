/**
 * Kysely table types, generated from the migrated database by `npm run db:types`
 * (kysely-codegen, configured in scripts/db-types.ts). Do not edit: change the migrations and
 * run the script again. Named row types and aliases live in schema.ts.
 */

import type { ColumnType } from "kysely";

export type AccessStatus = "exempt" | "public";

export type AgendaItemKind =
  | "any_other_business"
  | "case"
  | "letters"
  | "minutes_approval"
  | "notice_approval"
  | "orientation";

export type AlertTarget = "body" | "case" | "search";

export type AttendanceKind = "arrived" | "left" | "present";

export type BodyKind =
  | "ad_hoc_committee"
  | "administration_committee"
  | "control_committee"
  | "council"
  | "disability_council"
  | "elderly_council"
  | "election_board"
  | "executive_committee"
  | "other"
  | "planning_committee"
  | "standing_committee"
  | "youth_council";

export type CaseStatus = "approved" | "decided" | "draft" | "ready" | "submitted";

export type CaseType = "DS" | "FO" | "OS" | "PS" | "RS" | "SP";

export type ClosureGround = "confidentiality" | "employee" | "privacy" | "public_interest";

export type ConflictBasis = "fvl_6_first" | "fvl_6_second" | "kl_11_10_second";

export type ConflictRuling = "disqualified" | "not_disqualified";

export type DocumentAudience = "everyone" | "members";

export type DocumentKind =
  | "agenda"
  | "attachment"
  | "decision_notice"
  | "minutes"
  | "notice"
  | "other"
  | "packet"
  | "presentation";

export type ElectionRoundStatus = "elected" | "new_vote";

export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U>
    ? ColumnType<S, I | undefined, U>
    : ColumnType<T, T | undefined, T>;

export type JobStatus = "dead" | "done" | "queued" | "running";

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type LetterDirection = "incoming" | "internal" | "outgoing";

export type MeetingChangeKind =
  | "document_replaced"
  | "item_added"
  | "item_changed"
  | "item_withdrawn"
  | "items_reordered";

export type MeetingStatus =
  | "cancelled"
  | "held"
  | "minutes_approved"
  | "notice_published"
  | "planned";

export type MembershipRole = "deputy_leader" | "leader" | "member" | "observer" | "substitute";

export type MinutesApproval = "meeting" | "signatures";

export type MinutesVersionKind = "correction" | "draft" | "final";

export type MinutesVersionStatus = "failed" | "generating" | "published";

export type ProposalKind =
  | "addition"
  | "alternative"
  | "amendment"
  | "postponement"
  | "recommendation"
  | "referral";

export type PublicationKind = "correction" | "notice" | "supplement";

export type PublicationStatus = "failed" | "generating" | "published";

export type PublicationTaskStatus = "done" | "failed" | "pending";

export type RenditionStatus = "failed" | "pending" | "ready" | "unavailable";

export type SpeechKind = "answer" | "reply" | "speech";

export type SubstituteCallStatus = "accepted" | "called" | "declined";

export type SubstituteScope = "from_item" | "item" | "meeting";

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type UserRole = "administrator" | "case_officer" | "member" | "secretariat";

export type VoteKind = "alternative" | "proposal";

export interface Absence {
  from_agenda_item_id: number | null;
  id: Generated<number>;
  meeting_id: number;
  person_id: number;
  reason: string;
  recorded_by_name: string;
  reported_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface AgendaItem {
  added_after_notice_at: Timestamp | null;
  case_id: number | null;
  case_type: CaseType | null;
  closed_basis: string | null;
  closure_decided_at: Timestamp | null;
  closure_ground: ClosureGround | null;
  closure_recorded_by: string | null;
  decided_at: Timestamp | null;
  decision: string | null;
  id: Generated<number>;
  is_closed: Generated<boolean>;
  kind: Generated<AgendaItemKind>;
  meeting_id: number;
  position: number;
  postponed_at: Timestamp | null;
  postponement: string | null;
  presenter: Generated<string>;
  route_step_id: number | null;
  series_number: number | null;
  series_year: number | null;
  speakers_closed_at: Timestamp | null;
  started_at: Timestamp | null;
  text: Generated<string>;
  title: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
}

export interface AgendaItemLetter {
  access: Generated<AccessStatus>;
  agenda_item_id: number;
  correspondent: string;
  created_at: Generated<Timestamp>;
  direction: LetterDirection;
  exemption_basis: string | null;
  id: Generated<number>;
  journal_reference: Generated<string>;
  letter_date: string;
  position: number;
  title: string;
}

export interface AlertCursor {
  id: Generated<boolean>;
  last_event_id: number;
}

export interface AlertKey {
  id: Generated<boolean>;
  secret: string;
}

export interface AlertSubscription {
  body_id: number | null;
  case_id: number | null;
  confirm_expires_at: Timestamp | null;
  confirm_token_hash: string | null;
  confirmation_sent_at: Timestamp | null;
  confirmed_at: Timestamp | null;
  created_at: Timestamp;
  email: string;
  id: Generated<number>;
  search_query: string | null;
  target: AlertTarget;
}

export interface AppUser {
  created_at: Generated<Timestamp>;
  disabled: Generated<boolean>;
  display_name: string;
  email: string | null;
  id: Generated<number>;
  may_approve_cases: Generated<boolean>;
  must_change_password: Generated<boolean>;
  password_hash: string;
  person_id: number | null;
  role: UserRole;
  username: string;
}

export interface AttendanceEvent {
  agenda_item_id: number | null;
  at: Timestamp;
  id: Generated<number>;
  kind: AttendanceKind;
  meeting_id: number;
  person_id: number;
  recorded_by_name: string;
}

export interface AuditLog {
  action: string;
  actor_name: string;
  actor_user_id: number | null;
  at: Generated<Timestamp>;
  details: Generated<ColumnType<JsonObject, string, string>>;
  entity_id: string;
  entity_type: string;
  id: Generated<number>;
}

export interface Blob {
  created_at: Generated<Timestamp>;
  media_type: string;
  sha256: string;
  size: number;
}

export interface Body {
  description: Generated<string>;
  id: Generated<number>;
  is_active: Generated<boolean>;
  kind: BodyKind;
  name: string;
  seat_count: number;
  settings: Generated<ColumnType<JsonObject, string, string>>;
  short_name: string;
  slug: string;
  sort_order: Generated<number>;
}

export interface Case {
  access: Generated<AccessStatus>;
  approved_at: Timestamp | null;
  approved_by_name: string | null;
  approved_by_user_id: number | null;
  archive_case_number: string;
  assessment: Generated<string>;
  case_officer: Generated<string>;
  case_type: Generated<CaseType>;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  exemption_basis: string | null;
  facts: Generated<string>;
  id: Generated<number>;
  owner_user_id: number | null;
  public_title: string | null;
  recommendation: Generated<string>;
  responsible_unit: Generated<string>;
  returned_at: Timestamp | null;
  returned_comment: string | null;
  status: Generated<CaseStatus>;
  submitted_at: Timestamp | null;
  summary: Generated<string>;
  title: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface CaseNumberSeries {
  body_id: number;
  case_type: CaseType;
  first_number: Generated<number>;
  last_number: Generated<number>;
  year: number;
}

export interface CaseRouteStep {
  body_id: number;
  case_id: number;
  id: Generated<number>;
  planned_meeting_id: number | null;
  position: number;
  recommendation: string | null;
  recommendation_by: string | null;
}

export interface CaseShare {
  case_id: number;
  shared_at: Generated<Timestamp>;
  user_id: number;
}

export interface CaseVersion {
  assessment: string;
  author_name: string;
  author_user_id: number | null;
  case_id: number;
  created_at: Generated<Timestamp>;
  facts: string;
  id: Generated<number>;
  presentation_document_id: number | null;
  reason: string | null;
  recommendation: string;
  summary: string;
  title: string;
  version: number;
}

export interface ChangeEvent {
  action: string;
  at: Generated<Timestamp>;
  audit_id: number;
  entity_id: string;
  entity_type: string;
  id: Generated<number>;
  public: boolean;
}

export interface ConflictOfInterest {
  agenda_item_id: number;
  basis: ConflictBasis;
  decided_by_chair: Generated<boolean>;
  declared_at: Timestamp;
  grounds: Generated<string>;
  id: Generated<number>;
  person_id: number;
  recorded_by_name: string;
  ruled_at: Timestamp | null;
  ruling: ConflictRuling | null;
  votes_against: number | null;
  votes_for: number | null;
}

export interface ConsoleRequest {
  action: string;
  at: Timestamp;
  idempotency_key: string;
  meeting_id: number;
}

export interface DecisionNotice {
  agenda_item_id: number;
  case_id: number;
  created_at: Timestamp;
  decision: string;
  document_id: number | null;
  id: Generated<number>;
  read_at: Timestamp | null;
  recipient_user_id: number | null;
  replaced_by_id: number | null;
  sent_at: Timestamp | null;
  vote_summary: Generated<string>;
}

export interface Document {
  access: Generated<AccessStatus>;
  archive_sha256: string | null;
  audience: Generated<DocumentAudience>;
  case_id: number | null;
  created_at: Generated<Timestamp>;
  exemption_basis: string | null;
  extracted_text: string | null;
  file_name: string;
  id: Generated<number>;
  kind: DocumentKind;
  meeting_id: number | null;
  page_count: number | null;
  pdf_sha256: string | null;
  position: number | null;
  public_title: string | null;
  publication_id: number | null;
  redacted_sha256: string | null;
  rendition: Generated<RenditionStatus>;
  rendition_error: string | null;
  replaced_at: Timestamp | null;
  replaced_by_id: number | null;
  sha256: string;
  title: string;
  uploaded_by_user_id: number | null;
  version: Generated<number>;
}

export interface Election {
  agenda_item_id: number;
  created_at: Timestamp;
  id: Generated<number>;
  recorded_by_name: string;
  title: string;
}

export interface ElectionCandidate {
  election_id: number;
  id: Generated<number>;
  name: string;
  person_id: number | null;
  position: number;
  proposed_by: Generated<string>;
}

export interface ElectionCount {
  candidate_id: number;
  round_id: number;
  votes: number;
}

export interface ElectionRound {
  basis: string;
  blank: number;
  by_lot: Generated<boolean>;
  drawn_between: Generated<number[]>;
  elected_candidate_id: number | null;
  election_id: number;
  id: Generated<number>;
  idempotency_key: string;
  present_and_voting: number;
  recorded_at: Timestamp;
  recorded_by_name: string;
  round: number;
  status: ElectionRoundStatus;
  summary: string;
}

export interface Job {
  attempts: Generated<number>;
  created_at: Generated<Timestamp>;
  dedupe_key: string | null;
  finished_at: Timestamp | null;
  id: Generated<number>;
  last_error: string | null;
  locked_at: Timestamp | null;
  locked_by: string | null;
  locked_until: Timestamp | null;
  max_attempts: number;
  payload: Json;
  run_at: Generated<Timestamp>;
  status: Generated<JobStatus>;
  type: string;
  updated_at: Generated<Timestamp>;
}

export interface JointListParty {
  joint_list_id: number;
  party_id: number;
}

export interface Meeting {
  body_id: number;
  closed_at: Timestamp | null;
  ends_at: Timestamp | null;
  id: Generated<number>;
  is_remote: Generated<boolean>;
  location: Generated<string>;
  notice_published_at: Timestamp | null;
  opened_at: Timestamp | null;
  room: Generated<string>;
  series_number: number | null;
  series_year: number | null;
  starts_at: Timestamp;
  status: Generated<MeetingStatus>;
  updated_at: Generated<Timestamp>;
}

export interface MeetingChange {
  actor_name: string;
  agenda_item_id: number | null;
  at: Timestamp;
  description: string;
  document_id: number | null;
  id: Generated<number>;
  kind: MeetingChangeKind;
  meeting_id: number;
  publication_id: number | null;
}

export interface MeetingNumberSeries {
  body_id: number;
  first_number: Generated<number>;
  last_number: Generated<number>;
  year: number;
}

export interface MeetingPublication {
  failed_at: Timestamp | null;
  failure_reason: string | null;
  id: Generated<number>;
  kind: PublicationKind;
  meeting_id: number;
  published_at: Timestamp | null;
  requested_at: Timestamp;
  requested_by_name: string;
  requested_by_user_id: number | null;
  status: Generated<PublicationStatus>;
  version: number;
}

export interface Membership {
  body_id: number;
  ends_on: string | null;
  has_vote: Generated<boolean>;
  id: Generated<number>;
  list_id: number | null;
  person_id: number;
  role: MembershipRole;
  starts_on: string;
  substitute_rank: number | null;
  term_id: number;
}

export interface Minutes {
  agenda_remarks: Generated<string>;
  approval: Generated<MinutesApproval>;
  approved_at: Timestamp | null;
  approved_in_agenda_item_id: number | null;
  created_at: Timestamp;
  meeting_id: number;
  notice_remarks: Generated<string>;
  others_present: Generated<string>;
  updated_at: Timestamp;
}

export interface MinutesItemAccess {
  agenda_item_id: number;
  answered_at: Timestamp;
  answered_by_name: string;
  decision_public: boolean;
  withheld_basis: string | null;
}

export interface MinutesSignature {
  minutes_version_id: number;
  person_id: number;
  signed_at: Timestamp;
  user_id: number;
}

export interface MinutesSigner {
  chosen_at: Timestamp;
  meeting_id: number;
  person_id: number;
  position: number;
  recorded_by_name: string;
}

export interface MinutesText {
  agenda_item_id: number | null;
  drafted: Generated<string>;
  id: Generated<number>;
  key: string;
  meeting_id: number;
  text: string;
  updated_at: Timestamp;
  updated_by_name: string;
}

export interface MinutesVersion {
  content: Generated<ColumnType<JsonObject, string, string>>;
  failure: string | null;
  id: Generated<number>;
  kind: MinutesVersionKind;
  meeting_id: number;
  members_document_id: number | null;
  public_content: Generated<ColumnType<JsonObject, string, string>>;
  public_document_id: number | null;
  published_at: Timestamp | null;
  reason: string | null;
  requested_at: Timestamp;
  requested_by_name: string;
  status: Generated<MinutesVersionStatus>;
  version: number;
}

export interface Municipality {
  id: Generated<number>;
  name: string;
  organisation_number: string | null;
  settings: Generated<ColumnType<JsonObject, string, string>>;
  short_name: string;
}

export interface NoticeRecipient {
  capacity: string;
  email: string;
  job_id: number | null;
  person_id: number;
  publication_id: number;
  queued_at: Timestamp;
}

export interface Party {
  id: Generated<number>;
  is_joint_list: Generated<boolean>;
  name: string;
  short_name: string;
}

export interface Person {
  created_at: Generated<Timestamp>;
  email: string | null;
  family_name: string;
  given_name: string;
  id: Generated<number>;
  party_id: number | null;
  phone: string | null;
}

export interface Proposal {
  agenda_item_id: number;
  amends_proposal_id: number | null;
  created_at: Timestamp;
  id: Generated<number>;
  in_party_name: Generated<boolean>;
  kind: ProposalKind;
  made_by_name: string;
  made_by_person_id: number | null;
  number: number;
  recorded_by_name: string;
  referred_to: string | null;
  text: string;
  withdrawn_at: Timestamp | null;
}

export interface ProposalParty {
  party_id: number;
  proposal_id: number;
}

export interface PublicAgendaItem {
  added_after_notice_at: Timestamp | null;
  case_id: number | null;
  case_type: CaseType | null;
  closed_basis: string | null;
  decided_at: Timestamp | null;
  decision: string | null;
  decision_withheld_basis: string | null;
  id: number;
  is_closed: boolean;
  kind: AgendaItemKind;
  meeting_id: number;
  position: number;
  postponed_at: Timestamp | null;
  postponement: string | null;
  presenter: string;
  route_step_id: number | null;
  series_number: number | null;
  series_year: number | null;
  started_at: Timestamp | null;
  text: string;
  title: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
}

export interface PublicAgendaItemLetter {
  access: AccessStatus;
  agenda_item_id: number;
  correspondent: string | null;
  direction: LetterDirection;
  exemption_basis: string | null;
  id: number;
  journal_reference: string;
  letter_date: string;
  position: number;
  title: string | null;
}

export interface PublicationAccessAnswer {
  answered_at: Timestamp;
  answered_by_name: string;
  document_id: number;
  publication_id: number;
  publish: boolean;
}

export interface PublicationTask {
  error: string | null;
  finished_at: Timestamp | null;
  id: Generated<number>;
  name: string;
  publication_id: number;
  status: Generated<PublicationTaskStatus>;
}

export interface PublicCase {
  access: AccessStatus;
  archive_case_number: string;
  assessment: string;
  case_officer: string;
  case_type: CaseType;
  created_at: Timestamp;
  decided_at: Timestamp | null;
  exemption_basis: string | null;
  facts: string;
  id: number;
  recommendation: string;
  responsible_unit: string;
  status: CaseStatus;
  summary: string;
  title: string;
  updated_at: Timestamp;
}

export interface PublicCaseRouteStep {
  body_id: number;
  case_id: number;
  id: number;
  position: number;
  recommendation: string | null;
  recommendation_by: string | null;
}

export interface PublicDocument {
  access: AccessStatus;
  case_id: number | null;
  created_at: Timestamp;
  exemption_basis: string | null;
  file_name: string;
  id: number;
  kind: DocumentKind;
  meeting_id: number | null;
  pdf_sha256: string | null;
  position: number | null;
  publication_id: number | null;
  redacted: boolean;
  sha256: string;
  title: string;
}

export interface PublicElection {
  agenda_item_id: number;
  created_at: Timestamp;
  id: number;
  title: string;
}

export interface PublicElectionCandidate {
  election_id: number;
  id: number;
  name: string;
  position: number;
  proposed_by: string;
}

export interface PublicElectionCount {
  candidate_id: number;
  round_id: number;
  votes: number;
}

export interface PublicElectionRound {
  basis: string;
  blank: number;
  by_lot: boolean;
  elected_candidate_id: number | null;
  election_id: number;
  id: number;
  recorded_at: Timestamp;
  round: number;
  status: ElectionRoundStatus;
  summary: string;
}

export interface PublicMinutesVersion {
  id: number;
  kind: MinutesVersionKind;
  meeting_id: number;
  public_content: Json;
  public_document_id: number | null;
  published_at: Timestamp;
  reason: string | null;
  version: number;
}

export interface PublicProposal {
  agenda_item_id: number;
  amends_proposal_id: number | null;
  created_at: Timestamp;
  id: number;
  in_party_name: boolean;
  kind: ProposalKind;
  made_by_name: string;
  number: number;
  referred_to: string | null;
  text: string;
  withdrawn_at: Timestamp | null;
}

export interface PublicProposalParty {
  party_id: number;
  proposal_id: number;
}

export interface PublicSpeakerEntry {
  agenda_item_id: number;
  cancelled_at: Timestamp | null;
  ended_at: Timestamp | null;
  id: number;
  kind: SpeechKind;
  person_id: number;
  reply_to_id: number | null;
  requested_at: Timestamp;
  started_at: Timestamp | null;
}

export interface PublicTreatedItem {
  id: number;
  meeting_id: number;
}

export interface PublicVote {
  adopted_proposal_id: number | null;
  agenda_item_id: number;
  basis: string;
  decided_by_chair: boolean;
  id: number;
  kind: VoteKind;
  number: number;
  other_proposal_id: number | null;
  present_and_voting: number;
  proposal_id: number;
  recorded_at: Timestamp;
  summary: string;
  votes_against: number;
  votes_for: number;
}

export interface PublicVotePartyCount {
  party_id: number | null;
  party_name: string;
  position: number;
  vote_id: number;
  votes_against: number;
  votes_for: number;
}

export interface SearchDirty {
  entity_id: number;
  kind: string;
  tx: Generated<number>;
}

export interface SearchInternal {
  body_ids: Generated<number[]>;
  case_id: number | null;
  case_type: CaseType | null;
  content: string;
  decided: boolean | null;
  entity_id: number;
  has_documents: Generated<boolean>;
  kind: string;
  meeting_id: number | null;
  sort_at: Timestamp;
  sort_period: Generated<number[]>;
  title: string;
  vector: string;
  year: number | null;
}

export interface SearchInternalWord {
  word: string;
}

export interface SearchPublic {
  body_ids: Generated<number[]>;
  case_id: number | null;
  case_type: CaseType | null;
  content: string;
  decided: boolean | null;
  entity_id: number;
  has_documents: Generated<boolean>;
  kind: string;
  meeting_id: number | null;
  sort_at: Timestamp;
  sort_period: Generated<number[]>;
  title: string;
  vector: string;
  year: number | null;
}

export interface SearchPublicWord {
  word: string;
}

export interface Session {
  created_at: Generated<Timestamp>;
  csrf_token: string;
  expires_at: Timestamp;
  token_hash: string;
  user_id: number;
}

export interface SpeakerEntry {
  agenda_item_id: number;
  cancelled_at: Timestamp | null;
  ended_at: Timestamp | null;
  id: Generated<number>;
  kind: SpeechKind;
  person_id: number;
  recorded_by_name: string;
  reply_to_id: number | null;
  requested_at: Timestamp;
  started_at: Timestamp | null;
}

export interface SubstituteCall {
  absence_id: number | null;
  agenda_item_id: number | null;
  answered_at: Timestamp | null;
  called_at: Timestamp;
  conflict_id: number | null;
  for_person_id: number;
  id: Generated<number>;
  meeting_id: number;
  recorded_by_name: string;
  scope: SubstituteScope;
  status: Generated<SubstituteCallStatus>;
  substitute_person_id: number;
}

export interface Term {
  ends_on: string;
  id: Generated<number>;
  name: string;
  starts_on: string;
}

export interface Vote {
  adopted_proposal_id: number | null;
  agenda_item_id: number;
  basis: string;
  decided_by_chair: boolean;
  id: Generated<number>;
  idempotency_key: string;
  kind: VoteKind;
  number: number;
  other_proposal_id: number | null;
  present_and_voting: number;
  proposal_id: number;
  recorded_at: Timestamp;
  recorded_by_name: string;
  summary: string;
  votes_against: number;
  votes_for: number;
}

export interface VoteMember {
  person_id: number;
  vote_id: number;
  voted_for: boolean;
}

export interface VotePartyCount {
  party_id: number | null;
  party_name: string;
  position: number;
  vote_id: number;
  votes_against: number;
  votes_for: number;
}

export interface DB {
  absence: Absence;
  agenda_item: AgendaItem;
  agenda_item_letter: AgendaItemLetter;
  alert_cursor: AlertCursor;
  alert_key: AlertKey;
  alert_subscription: AlertSubscription;
  app_user: AppUser;
  attendance_event: AttendanceEvent;
  audit_log: AuditLog;
  blob: Blob;
  body: Body;
  case: Case;
  case_number_series: CaseNumberSeries;
  case_route_step: CaseRouteStep;
  case_share: CaseShare;
  case_version: CaseVersion;
  change_event: ChangeEvent;
  conflict_of_interest: ConflictOfInterest;
  console_request: ConsoleRequest;
  decision_notice: DecisionNotice;
  document: Document;
  election: Election;
  election_candidate: ElectionCandidate;
  election_count: ElectionCount;
  election_round: ElectionRound;
  job: Job;
  joint_list_party: JointListParty;
  meeting: Meeting;
  meeting_change: MeetingChange;
  meeting_number_series: MeetingNumberSeries;
  meeting_publication: MeetingPublication;
  membership: Membership;
  minutes: Minutes;
  minutes_item_access: MinutesItemAccess;
  minutes_signature: MinutesSignature;
  minutes_signer: MinutesSigner;
  minutes_text: MinutesText;
  minutes_version: MinutesVersion;
  municipality: Municipality;
  notice_recipient: NoticeRecipient;
  party: Party;
  person: Person;
  proposal: Proposal;
  proposal_party: ProposalParty;
  public_agenda_item: PublicAgendaItem;
  public_agenda_item_letter: PublicAgendaItemLetter;
  public_case: PublicCase;
  public_case_route_step: PublicCaseRouteStep;
  public_document: PublicDocument;
  public_election: PublicElection;
  public_election_candidate: PublicElectionCandidate;
  public_election_count: PublicElectionCount;
  public_election_round: PublicElectionRound;
  public_minutes_version: PublicMinutesVersion;
  public_proposal: PublicProposal;
  public_proposal_party: PublicProposalParty;
  public_speaker_entry: PublicSpeakerEntry;
  public_treated_item: PublicTreatedItem;
  public_vote: PublicVote;
  public_vote_party_count: PublicVotePartyCount;
  publication_access_answer: PublicationAccessAnswer;
  publication_task: PublicationTask;
  search_dirty: SearchDirty;
  search_internal: SearchInternal;
  search_internal_word: SearchInternalWord;
  search_public: SearchPublic;
  search_public_word: SearchPublicWord;
  session: Session;
  speaker_entry: SpeakerEntry;
  substitute_call: SubstituteCall;
  term: Term;
  vote: Vote;
  vote_member: VoteMember;
  vote_party_count: VotePartyCount;
}
