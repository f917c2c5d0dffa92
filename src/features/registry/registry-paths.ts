/** The registry's pages in the workspace; presenters build their links from these. */
export const TERMS_PATH = "/admin/valgperioder";
export const PARTIES_PATH = "/admin/partier";
export const PERSONS_PATH = "/admin/personer";
export const BODIES_PATH = "/admin/utvalg";

export const personPath = (id: number): string => `${PERSONS_PATH}/${id}`;
export const bodyPath = (id: number): string => `${BODIES_PATH}/${id}`;
/** The body's page showing its seats in one term. */
export const bodyTermPath = (id: number, termId: number): string =>
  `${bodyPath(id)}?valgperiode=${termId}`;
/** The page that ends a seat in a body. */
export const endSeatPath = (bodyId: number, seatId: number): string =>
  `${bodyPath(bodyId)}/medlemskap/${seatId}/avslutt`;
