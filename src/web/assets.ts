import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface Asset {
  path: string;
  body: Buffer;
  contentType: string;
}

/**
 * One stylesheet: the Designsystemet theme and components, then ours. Its name carries its
 * hash, so it can be cached forever and a new release is fetched at once.
 */
function buildStylesheet(): Asset {
  const parts = [
    require.resolve("@digdir/designsystemet-css/theme"),
    require.resolve("@digdir/designsystemet-css"),
    new URL("./static/app.css", import.meta.url).pathname,
  ].map((file) => fs.readFileSync(file, "utf8"));
  const body = Buffer.from(parts.join("\n"));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return { path: `/assets/app.${hash}.css`, body, contentType: "text/css; charset=utf-8" };
}

export const stylesheet = buildStylesheet();

/** The meeting console's one script: it offers a reload when another browser records something. */
function buildConsoleScript(): Asset {
  const body = fs.readFileSync(new URL("./static/console-live.js", import.meta.url));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return {
    path: `/assets/console-live.${hash}.js`,
    body,
    contentType: "text/javascript; charset=utf-8",
  };
}

export const consoleScript = buildConsoleScript();

/** The live public view's script: it follows the meeting over the public event stream. */
function buildLiveScript(): Asset {
  const body = fs.readFileSync(new URL("./static/live.js", import.meta.url));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return { path: `/assets/live.${hash}.js`, body, contentType: "text/javascript; charset=utf-8" };
}

export const liveScript = buildLiveScript();

/** The publishing progress page's script: it follows the round until it is published or fails. */
function buildPublicationScript(): Asset {
  const body = fs.readFileSync(new URL("./static/publication-progress.js", import.meta.url));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return {
    path: `/assets/publication-progress.${hash}.js`,
    body,
    contentType: "text/javascript; charset=utf-8",
  };
}

export const publicationScript = buildPublicationScript();
