// API tokens for machine clients: list, issue (the secret comes back once), revoke.
import { get, post } from "./client";

export interface ApiToken {
  id: number;
  name: string;
  secretPrefix: string;
  userId: number;
  userName: string;
  recordTypes: string[];
  orgId: number;
  orgName: string;
  access: "read" | "write";
  expiresAt: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface ApiTokenList {
  items: ApiToken[];
  recordTypes: { id: string; label: string }[];
}

export interface ApiTokenCreate {
  name: string;
  userId: number;
  recordTypes: string[];
  orgId: number;
  access: "read" | "write";
  /** Last day it works (YYYY-MM-DD); null: no expiry. */
  expiresOn: string | null;
}

export const listApiTokens = (): Promise<ApiTokenList> => get("/api/admin/api-tokens");
export const createApiToken = (
  input: ApiTokenCreate,
): Promise<{ token: ApiToken; secret: string }> => post("/api/admin/api-tokens", input);
export const revokeApiToken = (id: number): Promise<ApiToken> =>
  post(`/api/admin/api-tokens/${id}/revoke`);
