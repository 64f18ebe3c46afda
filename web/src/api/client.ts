// fetch wrapper: same-origin cookie session, JSON in and out, CSRF header on writes, typed errors.
import type { ErrorBody, Problem } from "./types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** 409 with `problems[0].field === "version"`: somebody else saved the record first. */
  get isStaleVersion(): boolean {
    return this.status === 409 && this.problems[0]?.field === "version";
  }
}

let csrfToken: string | null = null;
let unauthorizedListener: (() => void) | null = null;

/** Remembers the token of the last login or `GET /api/auth/me`; sent on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request (other than sign-in itself) answers 401: the session has ended. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=2` without empty values, or "" when nothing is left. */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return typeof error === "object" && error !== null && "message" in error;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: "提交的内容有误",
  401: "登录已失效，请重新登录",
  403: "无权执行此操作",
  404: "记录不存在或无权查看",
  409: "记录已被他人修改，请刷新后重试",
  429: "尝试次数过多，请稍后再试",
};

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    const { code, message, problems } = body.error;
    return new ApiError(response.status, code, message, problems ?? []);
  }
  const message = FALLBACK_MESSAGES[response.status] ?? `服务器错误（${response.status}）`;
  return new ApiError(response.status, `http.${response.status}`, message);
}

/** Sends a request and returns the response once it is known to be a success (else throws ApiError). */
async function send(
  method: string,
  path: string,
  body: unknown,
  accept = "application/json",
  signal?: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = { accept };
  // A FormData body (a file upload) sets its own multipart content type and boundary.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(signal === undefined ? {} : { signal }),
      ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
    });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new ApiError(0, "network", "无法连接服务器，请检查网络后重试");
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && path !== "/api/auth/login") unauthorizedListener?.();
    throw error;
  }
  return response;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * A POST answered with JSON lines (application/x-ndjson): each line is handed to `onLine` as it
 * arrives, and the last one is returned. A refusal before the first line (401, 403, 413) throws.
 */
export async function postLines<T>(
  path: string,
  body: unknown,
  onLine: (line: unknown) => void,
  signal?: AbortSignal,
): Promise<T> {
  const response = await send("POST", path, body, "application/x-ndjson", signal);
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) throw new ApiError(0, "network", "服务器没有返回内容，请重试");
  let buffered = "";
  let last: unknown = null;
  const take = (text: string) => {
    if (text.trim() === "") return;
    last = JSON.parse(text) as unknown;
    onLine(last);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += value;
      let end = buffered.indexOf("\n");
      while (end >= 0) {
        take(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        end = buffered.indexOf("\n");
      }
    }
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new ApiError(0, "network", "与服务器的连接中断，请重试");
  }
  take(buffered);
  if (last === null) throw new ApiError(0, "network", "服务器没有返回结果，请重试");
  return last as T;
}

/** A POST answered with a file: its bytes, for the page to save. */
export async function postForBlob(path: string, body: unknown): Promise<Blob> {
  return (await send("POST", path, body, "*/*")).blob();
}

export const get = <T>(path: string, query: QueryParams = {}): Promise<T> =>
  request<T>("GET", path + toQueryString(query));
export const post = <T>(path: string, body: unknown = {}): Promise<T> =>
  request<T>("POST", path, body);
export const patch = <T>(path: string, body: unknown): Promise<T> =>
  request<T>("PATCH", path, body);
export const del = <T>(path: string): Promise<T> => request<T>("DELETE", path);
