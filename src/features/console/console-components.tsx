import type { MeetingRoster, PresentVoter } from "./attendance-queries.ts";
import type { Quorum } from "./console-queries.ts";

/** "7 av 9 til stede og stemmer. Vedtaksført (minst 5)." or the reason it is not. */
export function QuorumLine({ quorum }: { quorum: Quorum }) {
  return quorum.refusal ? (
    <div class="ds-alert" data-color="warning">
      <p class="ds-paragraph">{quorum.refusal}</p>
    </div>
  ) : (
    <p class="ds-paragraph">
      {quorum.present} til stede og stemmer. Vedtaksført (minst {quorum.needed}).
    </p>
  );
}

const partyOf = (voter: PresentVoter): string => voter.partyCode ?? "Uten parti";

export function VoterList({
  voters,
  names,
}: {
  voters: readonly PresentVoter[];
  /** The names of those a substitute meets for, by person. */
  names?: ReadonlyMap<number, string>;
}) {
  if (voters.length === 0) return <p class="ds-paragraph">Ingen er registrert til stede.</p>;
  return (
    <ul class="ds-list fs-list">
      {voters.map((voter) => (
        <li key={voter.personId}>
          {voter.name} ({partyOf(voter)})
          {voter.capacity === "substitute"
            ? `, varamedlem${
                voter.forPersonId !== null && names?.get(voter.forPersonId)
                  ? ` for ${names.get(voter.forPersonId)}`
                  : ""
              }`
            : ""}
        </li>
      ))}
    </ul>
  );
}

/** Everyone the roster names, members and called substitutes, by person. */
export const rosterNames = (roster: MeetingRoster): ReadonlyMap<number, string> =>
  new Map([...roster.members, ...roster.calls].map((person) => [person.personId, person.name]));
