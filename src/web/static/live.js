// The live public view of a meeting. The page is whole without this script; with it, the page
// listens to the public change stream and, when its meeting changes, fetches itself again (a
// page the cache serves) and swaps the content. The live region is kept and only its text is
// changed, so a screen reader announces the newest result.
const root = document.querySelector("[data-live-page]");
const status = document.getElementById("siste-resultat");
const content = document.getElementById("direkte-innhold");

if (root && status && content && "EventSource" in window) {
  const meetingId = root.getAttribute("data-live-page");
  let fetching = false;
  let again = false;

  const refresh = async () => {
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    try {
      // The page may be fresh for a minute in the browser's cache; ask the server, which
      // answers from its own cache, dropped by the change that was just announced.
      const response = await fetch(window.location.pathname, {
        cache: "no-cache",
        headers: { accept: "text/html" },
      });
      if (response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const nextContent = page.getElementById("direkte-innhold");
        const nextStatus = page.getElementById("siste-resultat");
        if (nextContent) content.replaceChildren(...nextContent.childNodes);
        if (nextStatus && nextStatus.textContent !== status.textContent)
          status.textContent = nextStatus.textContent;
      }
    } finally {
      fetching = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  };

  const events = new EventSource("/hendelser");
  events.addEventListener("change", (message) => {
    const change = JSON.parse(message.data);
    if (
      (change.entityType === "meeting" && change.entityId === meetingId) ||
      change.entityType === "agenda_item"
    )
      void refresh();
  });
}
