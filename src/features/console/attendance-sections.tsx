import { QuorumLine, rosterNames, VoterList } from "./console-components.tsx";
import type { ConsoleItemContext } from "./item-sections.tsx";

/** Who is present and voting on the item, and whether the body has a quorum for it. */
export async function PresentSection({ item, roster }: ConsoleItemContext) {
  return (
    <section aria-labelledby="til-stede" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="til-stede">
        Til stede og stemmeberettiget
      </h2>
      <QuorumLine quorum={item.quorum} />
      <VoterList voters={item.voters} names={rosterNames(roster)} />
    </section>
  );
}
