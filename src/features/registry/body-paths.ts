export const BODIES_PATH = "/admin/utvalg";
