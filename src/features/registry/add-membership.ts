import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import { type FieldErrors, Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { checkNewMembership } from "./membership-rules.ts";
import type { AddMembershipInput } from "./membership-schema.ts";

export async function addMembership({
  actor,
  body,
  input,
  now,
  tx,
}: {
  actor: Actor;
  body: { id: number };
  input: AddMembershipInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<number> {
  // One seat change per body at a time, so two additions cannot both take the last seat.
  const { seat_count: seatCount } = await tx
    .selectFrom("body")
    .select("seat_count")
    .where("id", "=", body.id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const [term, person, list, existing] = await Promise.all([
    tx
      .selectFrom("term")
      .select(["starts_on", "ends_on"])
      .where("id", "=", input.termId)
      .executeTakeFirst(),
    tx.selectFrom("person").select("id").where("id", "=", input.personId).executeTakeFirst(),
    input.listId === null
      ? Promise.resolve(null)
      : tx.selectFrom("party").select("id").where("id", "=", input.listId).executeTakeFirst(),
    tx
      .selectFrom("membership")
      .select([
        "person_id",
        "role",
        "list_id",
        "substitute_rank",
        "has_vote",
        "starts_on",
        "ends_on",
      ])
      .where("body_id", "=", body.id)
      .where("term_id", "=", input.termId)
      .execute(),
  ]);
  if (!term) throw new Refusal({ termId: "Valgperioden finnes ikke." });
  const missing: FieldErrors = {};
  if (!person) missing.personId = "Velg en person fra listen.";
  if (input.listId !== null && !list) missing.listId = "Velg en liste fra listen.";
  if (Object.keys(missing).length > 0) throw new Refusal(missing);

  const broken = checkNewMembership({
    proposed: input,
    existing: existing.map((row) => ({
      personId: row.person_id,
      role: row.role,
      listId: row.list_id,
      substituteRank: row.substitute_rank,
      hasVote: row.has_vote,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    })),
    seatCount,
    term: { startsOn: term.starts_on, endsOn: term.ends_on },
  });
  if (broken.length > 0) {
    const errors: FieldErrors = {};
    for (const error of broken) errors[error.field] ??= error.message;
    throw new Refusal(errors);
  }

  const created = await tx
    .insertInto("membership")
    .values({
      body_id: body.id,
      term_id: input.termId,
      person_id: input.personId,
      role: input.role,
      list_id: input.listId,
      substitute_rank: input.substituteRank,
      has_vote: input.hasVote,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "membership.create",
    visibility: "public",
    entityType: "membership",
    entityId: created.id,
    details: { bodyId: body.id, ...input },
  });
  return created.id;
}
