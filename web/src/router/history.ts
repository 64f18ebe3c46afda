// A tiny history-API router: the current location as React state, and navigation.
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener("popstate", notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): string => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: string;
}

/** Re-renders the caller whenever the path or query changes. */
export function useLocation(): Location {
  const current = useSyncExternalStore(subscribe, snapshot);
  const queryAt = current.indexOf("?");
  return queryAt < 0
    ? { pathname: current, search: "" }
    : { pathname: current.slice(0, queryAt), search: current.slice(queryAt) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace === true) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.scrollTo(0, 0);
  notify();
}

/** A same-origin path that is safe to return to after sign-in (never another site). */
export function isSafeReturnPath(path: string | null): path is string {
  return path !== null && path.startsWith("/") && !path.startsWith("//") && path !== "/login";
}
