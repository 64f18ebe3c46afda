// Sign-in: username and password; the server sets the session cookie.
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { login } from "../api/auth";
import type { Me } from "../api/types";
import { errorText } from "../common/errors";

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => Promise<void> }) {
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await onSignedIn(await login(values.username.trim(), values.password));
    } catch (error) {
      setFailure(errorText(error));
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-banner">
        <div className="login-emblem">法</div>
        <Typography.Title level={2} className="login-title">
          法治政府建设工作平台
        </Typography.Title>
        <Typography.Text className="login-subtitle">
          依法行政 · 案件办理 · 法定期限监督 · 年度报告
        </Typography.Text>
      </div>
      <Card className="login-card" title="用户登录">
        {failure === null ? null : (
          <Alert type="error" showIcon title={failure} className="login-alert" />
        )}
        <Form<LoginValues>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
          size="large"
        >
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
          >
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: "请输入密码" }]}
          >
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            data-testid="login-submit"
          >
            登录
          </Button>
        </Form>
      </Card>
      <div className="login-footer">
        本平台仅供授权工作人员使用，所有操作均记入审计日志
        <span className="login-footer-sep">|</span>
        <a href="/portal" className="login-portal" data-testid="portal-link">
          公开门户：法治政府建设年度报告
        </a>
      </div>
    </div>
  );
}
