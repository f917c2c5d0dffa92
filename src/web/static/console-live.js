/*
 * The meeting console in a second browser: when anything is recorded for the same meeting
 * elsewhere, say so and offer to load the page again. Reloading by itself could throw away what
 * the secretary is typing; without JavaScript the page is simply reloaded by hand.
 */
const region = document.querySelector("[data-live-meeting]");
if (region && "EventSource" in window) {
  const meetingId = region.getAttribute("data-live-meeting");
  const source = new EventSource("/admin/hendelser");
  let shown = false;
  source.addEventListener("change", (event) => {
    const change = JSON.parse(event.data);
    if (shown || change.entityType !== "meeting" || change.entityId !== meetingId) return;
    shown = true;
    const text = document.createElement("p");
    text.className = "ds-paragraph";
    text.textContent = "Noe er ført i møtet fra et annet vindu. ";
    const link = document.createElement("a");
    link.className = "ds-link";
    link.href = window.location.pathname;
    link.textContent = "Last inn siden på nytt";
    text.append(link);
    region.append(text);
    region.classList.add("ds-alert");
    region.setAttribute("data-color", "info");
  });
}
