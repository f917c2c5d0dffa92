export const AUDIT_PATH = "/admin/logg";
