import type { ComponentChildren } from "preact";

/**
 * The box every table sits in. A table wider than a phone scrolls inside it rather than being
 * cut off: shadows at the edges and a line above it (where the browser can tell it scrolls)
 * show there is more, and the box takes keyboard focus, named after the table, so it can be
 * scrolled with the arrow keys (WCAG 1.4.10, 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled without a mouse.
    <section class="fs-table-wrap" aria-label={label} tabIndex={0}>
      <p class="fs-table-hint" aria-hidden="true">
        Rull sideveis for å se hele tabellen.
      </p>
      {children}
    </section>
  );
}
