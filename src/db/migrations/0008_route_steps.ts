import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Every agenda item about a case treats one step of that case's route: the step is how a body
 * that meets the case twice (Formannskapet → hovedutvalg → Formannskapet) tells its first
 * treatment from its second, and where the decision is carried on to the next step.
 *
 * Migration 0006 backfilled the step from the meeting's body. An item whose body was not on the
 * case's route (the route was edited after the meeting) had none: its treatment happened, so the
 * body is added at the end of the route rather than the item losing its place in the history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
insert into case_route_step (case_id, position, body_id)
select missing.case_id,
  coalesce((select max(s.position) from case_route_step s where s.case_id = missing.case_id), 0)
    + row_number() over (partition by missing.case_id order by missing.first_start),
  missing.body_id
from (
  select a.case_id, m.body_id, min(m.starts_at) as first_start
  from agenda_item a join meeting m on m.id = a.meeting_id
  where a.route_step_id is null and a.case_id is not null
  group by a.case_id, m.body_id
) missing;

update agenda_item a set route_step_id = (
  select s.id from case_route_step s join meeting m on m.body_id = s.body_id
  where s.case_id = a.case_id and m.id = a.meeting_id
  order by s.position limit 1
)
where a.route_step_id is null and a.case_id is not null;

-- The step belongs to the item's own case.
alter table case_route_step add unique (id, case_id);
alter table agenda_item
  add foreign key (route_step_id, case_id) references case_route_step (id, case_id),
  add check (case_id is null or route_step_id is not null);

create index case_route_step_planned_idx on case_route_step (planned_meeting_id)
  where planned_meeting_id is not null;
`,
  );
}
