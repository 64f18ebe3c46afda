// The app: restores the session, guards every page behind sign-in, and routes.
import { Button, Result, Spin } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { fetchMe, logout } from "./api/auth";
import { ApiError, onUnauthorized } from "./api/client";
import { fetchTypes } from "./api/records";
import type { Me, TypeMeta } from "./api/types";
import { LoginPage } from "./auth/LoginPage";
import { SessionContext, type Session } from "./auth/session";
import { errorText } from "./common/errors";
import { Redirect } from "./common/Redirect";
import { resetOrgOptions } from "./orgs/useOrgOptions";
import { isSafeReturnPath, navigate, useLocation } from "./router/history";
import { matchRoute, paths } from "./router/routes";
import { AppShell } from "./shell/AppShell";
import { RoutePage } from "./shell/RoutePage";

type Boot =
  | { status: "loading" }
  | { status: "anonymous" }
  | { status: "failed"; message: string }
  | { status: "ready"; me: Me; types: TypeMeta[] };

/** Where to go after sign-in: the page that sent the user to /login, or the first record list. */
function landingPath(search: string, types: readonly TypeMeta[]): string {
  const next = new URLSearchParams(search).get("next");
  if (isSafeReturnPath(next)) return next;
  const [first] = types;
  return first === undefined ? "/" : paths.list(first.id);
}

export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const [boot, setBoot] = useState<Boot>({ status: "loading" });

  const start = useCallback(async (signedIn?: Me) => {
    const me = signedIn ?? (await fetchMe());
    const { types } = await fetchTypes();
    setBoot({ status: "ready", me, types });
    return types;
  }, []);

  const restore = useCallback(() => {
    setBoot({ status: "loading" });
    start().catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setBoot({ status: "anonymous" });
      else setBoot({ status: "failed", message: errorText(error) });
    });
  }, [start]);

  useEffect(restore, [restore]);

  useEffect(() => {
    onUnauthorized(() => {
      setBoot({ status: "anonymous" });
    });
    return () => {
      onUnauthorized(null);
    };
  }, []);

  const session = useMemo<Session | null>(() => {
    if (boot.status !== "ready") return null;
    return {
      me: boot.me,
      types: boot.types,
      signOut: async () => {
        await logout().catch(() => undefined);
        resetOrgOptions();
        setBoot({ status: "anonymous" });
        navigate(paths.login(), { replace: true });
      },
    };
  }, [boot]);

  if (boot.status === "loading") {
    return <Spin size="large" fullscreen description="正在加载…" />;
  }
  if (boot.status === "failed") {
    return (
      <Result
        status="error"
        title="无法连接服务器"
        subTitle={boot.message}
        extra={<Button onClick={restore}>重试</Button>}
      />
    );
  }
  if (boot.status === "anonymous") {
    if (route.name !== "login") {
      return <Redirect to={paths.login(location.pathname + location.search)} />;
    }
    const signedIn = async (me: Me) => {
      const types = await start(me);
      navigate(landingPath(location.search, types), { replace: true });
    };
    return <LoginPage onSignedIn={signedIn} />;
  }
  if (route.name === "login") return <Redirect to={landingPath(location.search, boot.types)} />;
  return (
    <SessionContext value={session}>
      <AppShell route={route}>
        <RoutePage route={route} />
      </AppShell>
    </SessionContext>
  );
}
