// Replaces the current location once rendered (used for sign-in and default-page redirects).
import { useEffect } from "react";
import { navigate } from "../router/history";

export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
