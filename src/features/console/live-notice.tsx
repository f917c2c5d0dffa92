import { consoleScript } from "../../web/assets.ts";

/**
 * Where the console tells that another browser has recorded something in the meeting; empty
 * until then, and a live region from the start, so screen readers announce it when it fills.
 */
export function LiveNotice({ meetingId }: { meetingId: number }) {
  return (
    <>
      <div role="status" data-live-meeting={String(meetingId)} />
      <script type="module" src={consoleScript.path} />
    </>
  );
}
