// The signed-in user and the record types they may read, shared with every screen.
import { createContext, useContext } from "react";
import type { Me, TypeMeta } from "../api/types";

export interface Session {
  me: Me;
  types: TypeMeta[];
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession outside SessionContext");
  return session;
}
