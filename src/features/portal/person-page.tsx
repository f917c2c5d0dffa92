import { Layout, type PageContext } from "../../web/layout.tsx";
import { TableScroll } from "../../web/table-scroll.tsx";
import type { PersonPageModel } from "./presenters/person.ts";

export function PersonPage({ ctx, model }: { ctx: PageContext; model: PersonPageModel }) {
  return (
    <Layout
      ctx={ctx}
      title={model.name}
      breadcrumbs={[
        { href: "/", label: "Forside" },
        { href: "/utvalg", label: "Utvalg" },
      ]}
    >
      <h1 class="ds-heading" data-size="xl">
        {model.name}
      </h1>
      {model.partyName ? <p class="ds-paragraph">Parti: {model.partyName}</p> : null}
      <section aria-labelledby="verv" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="verv">
          Verv
        </h2>
        <TableScroll label={"Verv i folkevalgte organer"}>
          <table class="ds-table" data-border="true">
            <caption class="ds-sr-only">Verv i folkevalgte organer</caption>
            <thead>
              <tr>
                <th scope="col">Utvalg</th>
                <th scope="col">Rolle</th>
                <th scope="col">Liste</th>
                <th scope="col">Valgperiode</th>
                <th scope="col">Fra</th>
                <th scope="col">Til</th>
              </tr>
            </thead>
            <tbody>
              {model.memberships.map((membership) => (
                <tr key={membership.key}>
                  <th scope="row">
                    <a class="ds-link" href={membership.bodyHref}>
                      {membership.bodyName}
                    </a>
                  </th>
                  <td>{membership.role}</td>
                  <td>{membership.listName ?? ""}</td>
                  <td>{membership.termName}</td>
                  <td>{membership.from}</td>
                  <td>{membership.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </Layout>
  );
}
