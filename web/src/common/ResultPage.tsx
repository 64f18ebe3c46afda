// Full-width notices: page not found, no permission, load failure.
import { Button, Result } from "antd";
import { navigate } from "../router/history";

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在，或记录已被删除。"
      extra={
        <Button
          type="primary"
          onClick={() => {
            navigate("/");
          }}
        >
          返回首页
        </Button>
      }
    />
  );
}

export function ForbiddenPage() {
  return <Result status="403" title="无权访问" subTitle="当前账号没有访问此页面的权限。" />;
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={message}
      extra={onRetry === undefined ? null : <Button onClick={onRetry}>重试</Button>}
    />
  );
}
