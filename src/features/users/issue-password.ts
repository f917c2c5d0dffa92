import { randomBytes } from "node:crypto";
import { hashPassword } from "../../auth/passwords.ts";

/**
 * A one-time password to hand the user once. Only its hash is stored; the clear text lives in
 * the response that shows it and nowhere else.
 */
export async function issuePassword(): Promise<{ password: string; passwordHash: string }> {
  const password = randomBytes(12).toString("base64url");
  return { password, passwordHash: await hashPassword(password) };
}
