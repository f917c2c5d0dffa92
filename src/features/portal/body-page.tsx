import { Layout, type PageContext } from "../../web/layout.tsx";
import { FollowLinks } from "../feeds/follow-links.tsx";
import { MeetingList, Paragraphs } from "./components.tsx";
import type { BodyPageModel } from "./presenters/body.ts";
import type { ListGroup } from "./presenters/seat.ts";

function ListGroups({ groups, ordered }: { groups: ListGroup[]; ordered: boolean }) {
  return (
    <>
      {groups.map((group) => {
        // Substitutes are listed in the order they are called in, numbered by their rank, so
        // the number is said once ("1. Frode Iversen") and not again as a role.
        const items = group.holders.map((holder) => (
          <li key={holder.key} value={ordered && holder.rank !== null ? holder.rank : undefined}>
            <a class="ds-link" href={holder.href}>
              {holder.name}
            </a>
            {ordered ? null : (
              <>
                {" "}
                <span class="fs-meta">{holder.role}</span>
              </>
            )}
          </li>
        ));
        return (
          <section key={group.key} class="fs-stack">
            <h3 class="ds-heading" data-size="xs">
              {group.listName}
            </h3>
            {ordered ? <ol class="ds-list">{items}</ol> : <ul class="ds-list">{items}</ul>}
          </section>
        );
      })}
    </>
  );
}

export function BodyPage({ ctx, model }: { ctx: PageContext; model: BodyPageModel }) {
  const term = model.termName ? ` (valgperioden ${model.termName})` : "";
  return (
    <Layout
      ctx={ctx}
      title={model.name}
      alternates={model.feeds}
      breadcrumbs={[
        { href: "/", label: "Forside" },
        { href: "/utvalg", label: "Utvalg" },
      ]}
    >
      <h1 class="ds-heading" data-size="xl">
        {model.name}
      </h1>
      <Paragraphs texts={model.description} />
      <section aria-labelledby="medlemmer" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="medlemmer">
          Medlemmer{term}
        </h2>
        {model.members.length > 0 ? (
          <ListGroups groups={model.members} ordered={false} />
        ) : (
          <p class="ds-paragraph">Ingen medlemmer er registrert.</p>
        )}
      </section>
      <section aria-labelledby="varamedlemmer" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="varamedlemmer">
          Varamedlemmer{term}
        </h2>
        {model.substitutes.length > 0 ? (
          <ListGroups groups={model.substitutes} ordered={true} />
        ) : (
          <p class="ds-paragraph">Ingen varamedlemmer er registrert.</p>
        )}
      </section>
      <section aria-labelledby="kommende" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="kommende">
          Kommende møter
        </h2>
        <MeetingList meetings={model.upcoming} empty="Ingen møter er planlagt." />
      </section>
      <section aria-labelledby="tidligere" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="tidligere">
          Tidligere møter
        </h2>
        <p class="ds-paragraph fs-meta">Møter de siste tolv månedene.</p>
        <MeetingList meetings={model.past} empty="Ingen møter de siste tolv månedene." />
        <p class="ds-paragraph">
          <a class="ds-link" href={model.olderMeetingsHref}>
            Eldre møter i {model.name} i møtekalenderen
          </a>
        </p>
      </section>
      <FollowLinks feeds={model.feeds} alertHref={model.alertHref} />
    </Layout>
  );
}
