/** The route's pages in the workspace. */
export const QUEUES_PATH = "/admin/saker-klare";
/** The body's queue of cases ready for it (saker klare til behandling). */
export const queuePath = (bodyId: number): string => `/admin/utvalg/${bodyId}/saker-klare`;
export const routePath = (caseId: number): string => `/admin/saker/${caseId}/saksgang`;
