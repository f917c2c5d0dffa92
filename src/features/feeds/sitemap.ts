/**
 * Sitemaps (sitemaps.org protocol 0.9): an index, and files of at most 50 000 addresses each, so
 * the large municipality's hundred thousand cases fit.
 */

export const SITEMAP_LIMIT = 50_000;

export type SitemapSection = "sider" | "moter" | "saker" | "personer";

export interface SitemapUrl {
  path: string;
  lastModified?: Date | undefined;
}

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export const sitemapFileHref = (section: SitemapSection, part: number): string =>
  `/sitemap/${section}-${part}.xml`;

export function buildSitemapIndex(baseUrl: string, files: readonly string[]): string {
  const entries = files
    .map((path) => `  <sitemap><loc>${escapeXml(new URL(path, baseUrl).href)}</loc></sitemap>\n`)
    .join("");
  return `${HEAD}<sitemapindex xmlns="${NS}">\n${entries}</sitemapindex>\n`;
}

export function buildSitemap(baseUrl: string, urls: readonly SitemapUrl[]): string {
  const entries = urls
    .map((url) => {
      const lastmod = url.lastModified
        ? `<lastmod>${url.lastModified.toISOString()}</lastmod>`
        : "";
      return `  <url><loc>${escapeXml(new URL(url.path, baseUrl).href)}</loc>${lastmod}</url>\n`;
    })
    .join("");
  return `${HEAD}<urlset xmlns="${NS}">\n${entries}</urlset>\n`;
}

/** The files of the index: one for the fixed pages, and as many of each kind as its count needs. */
export function sitemapFiles(counts: Record<Exclude<SitemapSection, "sider">, number>): string[] {
  const files = [sitemapFileHref("sider", 1)];
  for (const section of ["moter", "saker", "personer"] as const) {
    const parts = Math.max(1, Math.ceil(counts[section] / SITEMAP_LIMIT));
    for (let part = 1; part <= parts; part++) files.push(sitemapFileHref(section, part));
  }
  return files;
}
