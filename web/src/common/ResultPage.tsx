// Full-width notices: page not found, no permission, load failure. A page the user may not open,
// or one that does not exist, offers the way back; only a failure that may pass offers 重试.
import { Button, Flex, Result } from "antd";
import { useContext } from "react";
import { ApiError } from "../api/client";
import { SessionContext } from "../auth/session";
import { canGoBack, goBack, navigate } from "../router/history";
import { errorText } from "./errors";

/** 返回上一页 when the previous page is in the app, and 返回首页. */
function WayBack() {
  return (
    <Flex gap={8} justify="center" wrap>
      {canGoBack() ? (
        <Button type="primary" onClick={goBack} data-testid="result-back">
          返回上一页
        </Button>
      ) : null}
      <Button
        type={canGoBack() ? "default" : "primary"}
        onClick={() => {
          navigate("/");
        }}
        data-testid="result-home"
      >
        返回首页
      </Button>
    </Flex>
  );
}

export function NotFoundPage({ reason }: { reason?: string }) {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle={reason ?? "您访问的页面不存在，或记录已被删除。"}
      extra={<WayBack />}
      data-testid="result-not-found"
    />
  );
}

export function ForbiddenPage({ reason }: { reason?: string }) {
  // The system administrator grants roles themself: they are not told to ask one. (Not
  // canAdminister: a refusal from the server may mean the session's roles are out of date.)
  const session = useContext(SessionContext);
  const isAdministrator = session?.me.roles.includes("admin") === true;
  const ask = isAdministrator ? "" : "如需访问，请联系系统管理员调整角色或数据范围。";
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={`${reason ?? "当前账号没有访问此页面的权限"}。${ask}`}
      extra={<WayBack />}
      data-testid="result-forbidden"
    />
  );
}

interface LoadFailedProps {
  /** The failure; a 403 or 404 shows the matching page instead of 重试. */
  error?: unknown;
  /** Shown instead of the error's own message. */
  message?: string;
  onRetry?: () => void;
}

export function LoadFailed({ error, message, onRetry }: LoadFailedProps) {
  const reason = message ?? errorText(error);
  if (error instanceof ApiError && error.status === 403) {
    return <ForbiddenPage reason={stripStop(reason)} />;
  }
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage reason={reason} />;
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={reason}
      extra={onRetry === undefined ? null : <Button onClick={onRetry}>重试</Button>}
      data-testid="result-failed"
    />
  );
}

/** The server's reason without its final full stop, to be followed by ours. */
const stripStop = (text: string): string => text.replace(/[。.]$/, "");
