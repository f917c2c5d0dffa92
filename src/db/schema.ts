import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** Table types for Kysely, kept in step with migrations/ by hand. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampRequired = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** A calendar day, "YYYY-MM-DD". */
type DateOnly = string;
type Json<T> = ColumnType<T, string | undefined, string>;

export type BodyKind =
  | "council"
  | "executive_committee"
  | "standing_committee"
  | "planning_committee"
  | "control_committee"
  | "administration_committee"
  | "elderly_council"
  | "youth_council"
  | "disability_council"
  | "election_board"
  | "ad_hoc_committee"
  | "other";
export type MembershipRole = "leader" | "deputy_leader" | "member" | "substitute" | "observer";
export type MeetingStatus =
  | "planned"
  | "notice_published"
  | "held"
  | "minutes_approved"
  | "cancelled";
export type CaseType = "PS" | "RS" | "OS" | "IP" | "SP" | "DS";
export type AccessStatus = "public" | "exempt";
export type DocumentKind =
  | "presentation"
  | "attachment"
  | "notice"
  | "agenda"
  | "minutes"
  | "decision_notice"
  | "other";
export type UserRole = "administrator" | "secretariat" | "case_officer" | "member";

export interface MunicipalityTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  organisation_number: string | null;
  settings: Json<Record<string, unknown>>;
}

export interface TermTable {
  id: Generated<number>;
  name: string;
  starts_on: DateOnly;
  ends_on: DateOnly;
}

export interface PartyTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  is_joint_list: Generated<boolean>;
}

export interface JointListPartyTable {
  joint_list_id: number;
  party_id: number;
}

export interface PersonTable {
  id: Generated<number>;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  party_id: number | null;
  created_at: Timestamp;
}

export interface BodyTable {
  id: Generated<number>;
  slug: string;
  name: string;
  short_name: string;
  kind: BodyKind;
  seat_count: number;
  sort_order: Generated<number>;
  description: Generated<string>;
  is_active: Generated<boolean>;
  settings: Json<Record<string, unknown>>;
}

export interface MembershipTable {
  id: Generated<number>;
  body_id: number;
  term_id: number;
  person_id: number;
  role: MembershipRole;
  list_id: number | null;
  substitute_rank: number | null;
  has_vote: Generated<boolean>;
  starts_on: DateOnly;
  ends_on: DateOnly | null;
}

export interface MeetingTable {
  id: Generated<number>;
  body_id: number;
  starts_at: TimestampRequired;
  ends_at: NullableTimestamp;
  location: Generated<string>;
  is_remote: Generated<boolean>;
  status: Generated<MeetingStatus>;
  notice_published_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface CaseTable {
  id: Generated<number>;
  archive_case_number: string;
  title: string;
  case_type: Generated<CaseType>;
  case_officer: Generated<string>;
  responsible_unit: Generated<string>;
  summary: Generated<string>;
  recommendation: Generated<string>;
  access: Generated<AccessStatus>;
  public_title: string | null;
  exemption_basis: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseRouteStepTable {
  case_id: number;
  position: number;
  body_id: number;
}

export interface CaseNumberSeriesTable {
  body_id: number;
  case_type: CaseType;
  year: number;
  last_number: Generated<number>;
}

export interface AgendaItemTable {
  id: Generated<number>;
  meeting_id: number;
  case_id: number;
  position: number;
  case_type: CaseType;
  series_year: number | null;
  series_number: number | null;
  is_closed: Generated<boolean>;
  closed_basis: string | null;
  decision: string | null;
  decided_at: NullableTimestamp;
}

export interface BlobTable {
  sha256: string;
  size: number;
  media_type: string;
  created_at: Timestamp;
}

export interface DocumentTable {
  id: Generated<number>;
  sha256: string;
  file_name: string;
  title: string;
  kind: DocumentKind;
  access: Generated<AccessStatus>;
  exemption_basis: string | null;
  case_id: number | null;
  meeting_id: number | null;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: UserRole;
  person_id: number | null;
  disabled: Generated<boolean>;
  /** Set while the password is one the system made and showed once. */
  must_change_password: Generated<boolean>;
  created_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: TimestampRequired;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  details: Json<Record<string, unknown>>;
}

export interface PublicCaseView {
  id: number;
  archive_case_number: string;
  case_type: CaseType;
  access: AccessStatus;
  exemption_basis: string | null;
  created_at: Date;
  updated_at: Date;
  title: string;
  summary: string;
  recommendation: string;
  case_officer: string;
  responsible_unit: string;
}

export interface PublicAgendaItemView {
  id: number;
  meeting_id: number;
  case_id: number;
  position: number;
  case_type: CaseType;
  series_year: number | null;
  series_number: number | null;
  is_closed: boolean;
  closed_basis: string | null;
  decided_at: Date | null;
  decision: string | null;
}

export interface PublicDocumentView {
  id: number;
  sha256: string;
  file_name: string;
  title: string;
  kind: DocumentKind;
  case_id: number | null;
  meeting_id: number | null;
  created_at: Date;
}

export interface DB {
  municipality: MunicipalityTable;
  term: TermTable;
  party: PartyTable;
  joint_list_party: JointListPartyTable;
  person: PersonTable;
  body: BodyTable;
  membership: MembershipTable;
  meeting: MeetingTable;
  case: CaseTable;
  case_route_step: CaseRouteStepTable;
  case_number_series: CaseNumberSeriesTable;
  agenda_item: AgendaItemTable;
  blob: BlobTable;
  document: DocumentTable;
  app_user: AppUserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  public_case: PublicCaseView;
  public_agenda_item: PublicAgendaItemView;
  public_document: PublicDocumentView;
}

export type Body = Selectable<BodyTable>;
export type Meeting = Selectable<MeetingTable>;
export type Case = Selectable<CaseTable>;
export type Person = Selectable<PersonTable>;
export type Membership = Selectable<MembershipTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewCase = Insertable<CaseTable>;
export type NewMeeting = Insertable<MeetingTable>;
export type MeetingUpdate = Updateable<MeetingTable>;
