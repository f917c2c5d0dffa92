export const JOBS_PATH = "/admin/jobber";
export const OUTBOX_PATH = "/admin/utboks";
