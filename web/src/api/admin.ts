// Administration: the organisation tree and user accounts.
import { get, patch, post } from "./client";
import type { Items, Org, OrgKind, Role, Scope, User } from "./types";

export interface OrgCreate {
  parentId: number | null;
  code: string;
  name: string;
  kind: OrgKind;
}

export interface OrgUpdate {
  name?: string;
  kind?: OrgKind;
  active?: boolean;
}

export interface UserCreate {
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  scope: Scope;
  password: string;
}

export interface UserUpdate {
  displayName?: string;
  orgId?: number;
  roles?: Role[];
  scope?: Scope;
  active?: boolean;
  password?: string;
}

export const listOrgs = (): Promise<Items<Org>> => get("/api/admin/orgs");
export const createOrg = (input: OrgCreate): Promise<Org> => post("/api/admin/orgs", input);
export const updateOrg = (id: number, input: OrgUpdate): Promise<Org> =>
  patch(`/api/admin/orgs/${id}`, input);

export const listUsers = (): Promise<Items<User>> => get("/api/admin/users");
export const createUser = (input: UserCreate): Promise<User> => post("/api/admin/users", input);
export const updateUser = (id: number, input: UserUpdate): Promise<User> =>
  patch(`/api/admin/users/${id}`, input);
