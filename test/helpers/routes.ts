import type { FastifyInstance } from "fastify";

export interface RegisteredRoute {
  /** The route as registered, with its parameters: "/admin/moter/:id/endre". */
  path: string;
  methods: string[];
}

/**
 * Every route the app has registered, read from Fastify's own route tree, so a test that
 * probes them all also covers a route added tomorrow. With commonPrefix off, each line of the
 * tree holds a segment and its methods, indented four characters a level.
 */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const segments: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    if (line.trim() === "") continue;
    const match = /^([│ ]*)[├└]── (.+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) throw new Error(`Unexpected line in the route tree: ${line}`);
    segments.length = (match[1] ?? "").length / 4;
    segments.push(match[2] ?? "");
    routes.push({ path: segments.join(""), methods: (match[3] ?? "").split(", ") });
  }
  return routes;
}

/** The route's path with each parameter filled in by `fill`. */
export function routeUrl(path: string, fill: (name: string) => string): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => fill(name));
}
