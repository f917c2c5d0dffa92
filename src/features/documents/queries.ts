import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { agendaPublished, casePublished } from "../public-access/published.ts";

/**
 * A document the public may download: public in itself (the `public_document` view), and
 * announced, through a published meeting or a case on a published agenda.
 */
export async function findDownloadableDocument(db: Database, documentId: number) {
  return db
    .selectFrom("public_document as d")
    .innerJoin("blob as b", "b.sha256", "d.sha256")
    .select(["d.id", "d.sha256", "d.file_name", "b.media_type"])
    .where("d.id", "=", documentId)
    .where(
      sql<boolean>`(exists (
        select 1 from meeting dm where dm.id = d.meeting_id and ${agendaPublished("dm")}
      ) or ${casePublished("d.case_id")})`,
    )
    .executeTakeFirst();
}
