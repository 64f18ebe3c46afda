// What the signed-in user may open, as docs/api.md states it.
import type { Me } from "../api/types";

/** Administration: role `admin`, or `lawOffice` with scope `all`. */
export const canAdminister = (me: Me): boolean =>
  me.isAdmin || (me.roles.includes("lawOffice") && me.scope === "all");
