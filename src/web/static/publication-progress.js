/*
 * The publishing progress page follows its round by itself: it asks for the round's status every
 * few seconds, moves the progress bar, and rewrites the status line (a polite live region, so a
 * screen reader hears each step without losing its place). When the round is published or has
 * failed, the page is loaded again to show the result. Without JavaScript the reader reloads by
 * hand with the link, which this script removes.
 */
const region = document.querySelector("[data-publication-progress]");
const POLL_MS = 1500;
if (region && "fetch" in window) {
  const statusUrl = region.getAttribute("data-publication-progress");
  const bar = region.querySelector("progress");
  const line = region.querySelector("[role=status]");
  document.querySelector("[data-reload-link]")?.remove();
  const poll = async () => {
    try {
      const response = await fetch(statusUrl, { headers: { accept: "application/json" } });
      if (response.ok) {
        const state = await response.json();
        if (state.status !== "generating") {
          window.location.replace(window.location.pathname);
          return;
        }
        bar.value = state.done;
        bar.textContent = `${state.done} av ${state.total}`;
        if (line.textContent !== state.message) line.textContent = state.message;
        region.setAttribute("data-done", String(state.done));
      }
    } catch {
      // A lost connection is tried again at the next poll.
    }
    setTimeout(poll, POLL_MS);
  };
  void poll();
}
