// Sign-in, sign-out and the current user.
import { get, post, setCsrfToken } from "./client";
import type { Me, SessionResponse } from "./types";

export async function login(username: string, password: string): Promise<Me> {
  const session = await post<SessionResponse>("/api/auth/login", { username, password });
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function fetchMe(): Promise<Me> {
  const session = await get<SessionResponse>("/api/auth/me");
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function logout(): Promise<void> {
  try {
    await post<{ ok: true }>("/api/auth/logout");
  } finally {
    setCsrfToken(null);
  }
}
