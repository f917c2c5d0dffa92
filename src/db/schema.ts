import type { Insertable, Selectable, Updateable } from "kysely";
import type * as Tables from "./generated.ts";

/**
 * The names the code uses for the generated table types (generated.ts, from the migrations by
 * `npm run db:types`): the database as Kysely sees it, its enums, and row types.
 */
export type {
  AccessStatus,
  AgendaItemKind,
  AttendanceKind,
  BodyKind,
  CaseType,
  ClosureGround,
  ConflictBasis,
  ConflictRuling,
  DB,
  DocumentKind,
  JobStatus,
  LetterDirection,
  MeetingChangeKind,
  MeetingStatus,
  MembershipRole,
  MinutesVersionKind,
  PublicationKind,
  PublicationStatus,
  PublicationTaskStatus,
  RenditionStatus,
  SubstituteCallStatus,
  SubstituteScope,
  UserRole,
} from "./generated.ts";

export type Body = Selectable<Tables.Body>;
export type Meeting = Selectable<Tables.Meeting>;
export type Case = Selectable<Tables.Case>;
export type Person = Selectable<Tables.Person>;
export type Membership = Selectable<Tables.Membership>;
export type AppUser = Selectable<Tables.AppUser>;
export type MeetingPublication = Selectable<Tables.MeetingPublication>;
export type NewCase = Insertable<Tables.Case>;
export type NewMeeting = Insertable<Tables.Meeting>;
export type MeetingUpdate = Updateable<Tables.Meeting>;
