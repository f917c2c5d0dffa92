import type { AgendaEntry } from "./queries.ts";

/** The mark on an exempt case, with the legal basis the public agenda will show. */
export function ExemptMarking({ entry }: { entry: AgendaEntry }) {
  if (entry.access !== "exempt") return null;
  return (
    <>
      {" "}
      <span class="ds-tag" data-color="warning" data-size="sm">
        Unntatt offentlighet
      </span>{" "}
      <span class="fs-meta">{entry.exemptionBasis}</span>
    </>
  );
}
