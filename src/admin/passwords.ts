// Password hashing (argon2id) and the minimum strength a password must have.
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** At least 10 characters with letters and digits; returns a Chinese reason or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "密码至少10位";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "密码须同时包含字母和数字";
  if (password.length > 200) return "密码过长";
  return null;
}
