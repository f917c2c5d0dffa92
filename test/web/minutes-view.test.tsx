import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { MinutesView } from "../../src/features/minutes/minutes-view.tsx";
import { minutesItem, minutesText, sampleMinutes } from "../fixtures/minutes.ts";

const html = (minutes = sampleMinutes()) =>
  renderToString(<MinutesView minutes={minutes} />).replace(/<!-- -->/g, "");

describe("<MinutesView>", () => {
  it("marks a draft as not approved, and approved minutes as approved", () => {
    expect(html()).toContain("<strong>Ikke godkjent.</strong>");
    const approved = html(sampleMinutes({ approved: true }));
    expect(approved).not.toContain("Ikke godkjent");
    expect(approved).toContain("Godkjent");
  });

  it("reads the header as Norwegian minutes: body, date, time, place, who met", () => {
    const out = html();
    expect(out).toContain("<dt>Utvalg</dt><dd>Kommunestyret</dd>");
    expect(out).toContain("<dt>Dato</dt><dd>torsdag 12. november 2026</dd>");
    expect(out).toContain("<dt>Tid</dt><dd>18:02–21:30</dd>");
    expect(out).toContain("<dt>Sted</dt><dd>Rådhuset, kommunestyresalen</dd>");
    expect(out).toContain("<li>Anne Hansen (H), leder</li>");
    expect(out).toContain("<li>Ola Berg (Sp)</li>");
    expect(out).toContain("<li>Kari Nilsen (Sp) for Ola Berg, hele møtet</li>");
    expect(out).toContain("Kommunedirektør Liv Dahl");
    expect(out).not.toContain("Merknader til innkallingen");
  });

  it("shows each item's treatment with its lead-ins and lines, then the decision", () => {
    const out = html();
    expect(out).toContain("PS 12/2026 Reguleringsplan for Strandveien");
    expect(out).toContain("<strong>Forslag 1 fra Anne Hansen (H):</strong>");
    expect(out).toContain(
      "Innstillingen ble vedtatt med 25 mot 10 stemmer.<br/>Mot stemte: SP (4), KrF (2), H (4).",
    );
    expect(out).toMatch(
      /Vedtak<\/h3><div class="fs-decision"><p class="ds-paragraph">Reguleringsplanen/,
    );
  });

  it("says why a decision is withheld, and leaves out a decision never taken", () => {
    const out = html(
      sampleMinutes({
        audience: "public",
        items: [
          minutesItem({
            exemptBasis: "Offl. § 25",
            treatment: [],
            decision: null,
            decisionWithheldBasis: "Offl. § 25",
          }),
          minutesItem({ agendaItemId: 2, decision: null, treatment: [] }),
        ],
      }),
    );
    expect(out).toContain("Vedtaket er unntatt offentlighet: Offl. § 25.");
    expect(out.match(/Vedtak<\/h3>/g)).toHaveLength(1);
  });

  it("lists the signers with the time each signed", () => {
    const out = html(
      sampleMinutes({
        signers: [
          { personId: 2, name: "Per Olsen", party: "Ap", role: "Medlem", signedAt: null },
          {
            personId: 5,
            name: "Siri Lie",
            party: "",
            role: "Medlem",
            signedAt: "2026-11-14T09:30:00.000Z",
          },
        ],
        othersPresent: minutesText(""),
      }),
    );
    expect(out).toContain("<li>Per Olsen (Ap)</li>");
    expect(out).toContain(
      "<li>Siri Lie, underskrevet elektronisk lørdag 14. november 2026 kl. 10:30</li>",
    );
    expect(out).not.toContain("Andre til stede");
  });
});
