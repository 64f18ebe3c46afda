// The app's routes: path patterns to typed route objects, and paths built from them.
export type Route =
  | { name: "login" }
  | { name: "home" }
  | { name: "list"; type: string }
  | { name: "new"; type: string }
  | { name: "detail"; type: string; id: string }
  | { name: "edit"; type: string; id: string }
  | { name: "orgs" }
  | { name: "users" }
  | { name: "apiTokens" }
  | { name: "indicators" }
  | { name: "indicator"; key: string }
  | { name: "reports" }
  | { name: "report"; id: string }
  | { name: "assessment" }
  | { name: "scheme"; id: string }
  | { name: "scorecard"; id: string; orgId: string }
  | { name: "notFound" };

function segments(pathname: string): string[] {
  return pathname
    .split("/")
    .filter((part) => part !== "")
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

export function matchRoute(pathname: string): Route {
  const parts = segments(pathname);
  const [first, type, id, last] = parts;
  if (parts.length === 0) return { name: "home" };
  if (first === "login" && parts.length === 1) return { name: "login" };
  if (first === "admin" && parts.length === 2) {
    if (type === "orgs") return { name: "orgs" };
    if (type === "users") return { name: "users" };
    if (type === "api-tokens") return { name: "apiTokens" };
  }
  if (first === "indicators" && parts.length <= 2) {
    return type === undefined ? { name: "indicators" } : { name: "indicator", key: type };
  }
  if (first === "reports" && parts.length <= 2) {
    return type === undefined ? { name: "reports" } : { name: "report", id: type };
  }
  if (first === "assessment") {
    if (parts.length === 1) return { name: "assessment" };
    if (type !== undefined && parts.length === 2) return { name: "scheme", id: type };
    if (type !== undefined && id === "orgs" && last !== undefined && parts.length === 4)
      return { name: "scorecard", id: type, orgId: last };
  }
  if (first === "records" && type !== undefined) {
    if (id === undefined) return { name: "list", type };
    if (id === "new" && last === undefined) return { name: "new", type };
    if (last === undefined) return { name: "detail", type, id };
    if (last === "edit" && parts.length === 4) return { name: "edit", type, id };
  }
  return { name: "notFound" };
}

const enc = encodeURIComponent;

export const paths = {
  login: (next?: string): string => (next === undefined ? "/login" : `/login?next=${enc(next)}`),
  list: (type: string, search = ""): string => `/records/${enc(type)}${search}`,
  create: (type: string): string => `/records/${enc(type)}/new`,
  detail: (type: string, id: number | string): string => `/records/${enc(type)}/${enc(String(id))}`,
  edit: (type: string, id: number | string): string =>
    `/records/${enc(type)}/${enc(String(id))}/edit`,
  orgs: (): string => "/admin/orgs",
  users: (): string => "/admin/users",
  apiTokens: (): string => "/admin/api-tokens",
  indicators: (search = ""): string => `/indicators${search}`,
  indicator: (key: string, search = ""): string => `/indicators/${enc(key)}${search}`,
  reports: (): string => "/reports",
  report: (id: number | string): string => `/reports/${enc(String(id))}`,
  assessment: (): string => "/assessment",
  scheme: (id: number | string): string => `/assessment/${enc(String(id))}`,
  scorecard: (id: number | string, orgId: number | string): string =>
    `/assessment/${enc(String(id))}/orgs/${enc(String(orgId))}`,
  /** The public portal, served by the server (not part of this app). */
  portal: (): string => "/portal",
};
