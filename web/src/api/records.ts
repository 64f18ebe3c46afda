// The generic record API: metadata, lists, single records, writes, actions and history.
import { get, patch, post, type QueryParams } from "./client";
import type {
  HistoryItem,
  Items,
  LinkingRecord,
  ListResponse,
  OrgOption,
  RecordView,
  RevealResponse,
  TypeMeta,
  Values,
} from "./types";

const base = (type: string): string => `/api/records/${encodeURIComponent(type)}`;
const one = (type: string, id: number | string): string =>
  `${base(type)}/${encodeURIComponent(String(id))}`;

export const fetchTypes = (): Promise<{ types: TypeMeta[] }> => get("/api/types");

export const fetchOrgOptions = (): Promise<Items<OrgOption>> => get("/api/orgs/options");

export interface UserOption {
  id: number;
  displayName: string;
  orgId: number;
  orgName: string;
}

export const fetchUserOptions = (): Promise<Items<UserOption>> => get("/api/users/options");

export const listRecords = (type: string, query: QueryParams): Promise<ListResponse> =>
  get(base(type), query);

export const countRecords = (type: string, query: QueryParams): Promise<{ count: number }> =>
  get(`${base(type)}/count`, query);

export const getRecord = (type: string, id: number | string): Promise<RecordView> =>
  get(one(type, id));

export const createRecord = (type: string, values: Values): Promise<RecordView> =>
  post(base(type), { values });

export const updateRecord = (
  type: string,
  id: number | string,
  version: number,
  values: Values,
): Promise<RecordView> => patch(one(type, id), { version, values });

export const takeAction = (
  type: string,
  id: number | string,
  action: string,
  version: number,
  values: Values,
): Promise<RecordView> =>
  post(`${one(type, id)}/actions/${encodeURIComponent(action)}`, { version, values });

export const fetchHistory = (type: string, id: number | string): Promise<Items<HistoryItem>> =>
  get(`${one(type, id)}/history`);

/** Records of other types that link to this one (e.g. its follow-ups), as the user may read them. */
export const fetchLinked = (type: string, id: number | string): Promise<Items<LinkingRecord>> =>
  get(`${one(type, id)}/linked`);

/** The full ID and phone numbers of a record; the server audits the read. */
export const revealSensitive = (type: string, id: number | string): Promise<RevealResponse> =>
  post(`${one(type, id)}/reveal`);
