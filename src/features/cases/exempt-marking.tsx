import type { AccessStatus } from "../../db/schema.ts";

/** The mark on an exempt case, with the legal basis the public agenda will show. */
export function ExemptMarking({
  entry,
}: {
  entry: { access: AccessStatus; exemptionBasis: string | null };
}) {
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
