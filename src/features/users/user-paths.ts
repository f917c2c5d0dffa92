export const USERS_PATH = "/admin/brukere";

export const userPath = (id: number): string => `${USERS_PATH}/${id}`;
