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

/**
 * How many in-app pages lie behind the current one. Each entry the app pushes remembers it, so
 * "back" is offered only when it stays in the app (not on a page opened in a new tab).
 */
function depth(): number {
  const state: unknown = window.history.state;
  if (typeof state !== "object" || state === null || !("depth" in state)) return 0;
  return typeof state.depth === "number" ? state.depth : 0;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace === true) window.history.replaceState({ depth: depth() }, "", to);
  else window.history.pushState({ depth: depth() + 1 }, "", to);
  window.scrollTo(0, 0);
  notify();
}

/** True when the previous history entry is a page of this app. */
export const canGoBack = (): boolean => depth() > 0;

export function goBack(): void {
  window.history.back();
}

/** A same-origin path that is safe to return to after sign-in (never another site). */
export function isSafeReturnPath(path: string | null): path is string {
  return path !== null && path.startsWith("/") && !path.startsWith("//") && path !== "/login";
}
