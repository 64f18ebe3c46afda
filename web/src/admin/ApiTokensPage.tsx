// API令牌: tokens of machine clients with their scope, last use and state; issue and revoke.
import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Popconfirm, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { listApiTokens, revokeApiToken, type ApiToken } from "../api/api-tokens";
import { errorText } from "../common/errors";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { ApiTokenModal } from "./ApiTokenModal";

const dateTime = (iso: string | null): string =>
  iso === null
    ? "—"
    : new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

function stateOf(token: ApiToken): { label: string; color?: string } {
  if (token.revokedAt !== null) return { label: "已撤销" };
  if (token.expiresAt !== null && new Date(token.expiresAt) <= new Date())
    return { label: "已过期", color: "warning" };
  return { label: "有效", color: "success" };
}

export function ApiTokensPage() {
  const { message } = App.useApp();
  const tokens = useLoad(listApiTokens, []);
  const [creating, setCreating] = useState(false);
  const typeLabels = new Map((tokens.data?.recordTypes ?? []).map((t) => [t.id, t.label]));

  const revoke = async (token: ApiToken) => {
    try {
      await revokeApiToken(token.id);
      message.success(`已撤销：${token.name}`);
      tokens.reload();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const columns: TableColumnsType<ApiToken> = [
    {
      key: "name",
      title: "名称",
      render: (_, token) => (
        <>
          {token.name}
          <br />
          <Typography.Text type="secondary" code>
            {token.secretPrefix}…
          </Typography.Text>
        </>
      ),
    },
    { key: "user", title: "代表账号", dataIndex: "userName", width: 110 },
    {
      key: "scope",
      title: "范围",
      render: (_, token) => (
        <>
          {token.recordTypes.map((id) => (
            <Tag key={id}>{typeLabels.get(id) ?? id}</Tag>
          ))}
          <div>{token.orgName}及下级</div>
        </>
      ),
    },
    {
      key: "access",
      title: "权限",
      width: 80,
      render: (_, token) =>
        token.access === "write" ? <Tag color="orange">读写</Tag> : <Tag color="blue">只读</Tag>,
    },
    {
      key: "expiresAt",
      title: "有效期至",
      width: 170,
      render: (_, token) => (token.expiresAt === null ? "长期" : dateTime(token.expiresAt)),
    },
    { key: "lastUsedAt", title: "最近使用", width: 170, render: (_, t) => dateTime(t.lastUsedAt) },
    {
      key: "state",
      title: "状态",
      width: 80,
      render: (_, token) => {
        const state = stateOf(token);
        return <Tag {...(state.color ? { color: state.color } : {})}>{state.label}</Tag>;
      },
    },
    {
      key: "revoke",
      title: "操作",
      width: 80,
      render: (_, token) =>
        token.revokedAt === null ? (
          <Popconfirm
            title="撤销后使用该令牌的系统将立即无法访问，确定撤销？"
            okText="撤销"
            okButtonProps={{ danger: true, "data-testid": "api-token-revoke-confirm" }}
            cancelText="取消"
            onConfirm={() => {
              void revoke(token);
            }}
          >
            <Button type="link" danger size="small" data-testid={`api-token-revoke-${token.id}`}>
              撤销
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        crumbs={[{ title: "系统管理" }, { title: "API令牌" }]}
        title="API令牌"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setCreating(true);
            }}
            data-testid="api-token-new"
          >
            签发令牌
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">
        供其他系统（如上游执法系统推送记录、省级平台拉取数据）调用接口。令牌限定记录类型、单位范围和读写权限，只在签发时显示一次，每次使用都记入审计日志。接口说明见
        <a href="/api/docs" target="_blank" rel="noreferrer">
          接口文档
        </a>
        。
      </Typography.Paragraph>
      <Card className="page-card">
        {tokens.error !== null ? (
          <LoadFailed error={tokens.error} onRetry={tokens.reload} />
        ) : (
          <div data-testid="api-token-list">
            <Table<ApiToken>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={tokens.data?.items ?? []}
              loading={tokens.loading}
              pagination={{ pageSize: 20, showTotal: (count) => `共 ${count} 个` }}
              rowClassName={(token) => (token.revokedAt === null ? "" : "row-inactive")}
            />
          </div>
        )}
      </Card>
      {creating ? (
        <ApiTokenModal
          recordTypes={tokens.data?.recordTypes ?? []}
          onSaved={() => {
            setCreating(false);
            tokens.reload();
          }}
          onCancel={() => {
            setCreating(false);
          }}
        />
      ) : null}
    </>
  );
}
