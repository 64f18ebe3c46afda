// 用户管理: user accounts with their unit, roles and data scope.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Input, Table, Tag, type TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import { listOrgs, listUsers } from "../api/admin";
import type { User } from "../api/types";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { ROLE_LABELS, SCOPE_LABELS } from "./labels";
import { UserModal } from "./UserModal";

export function UsersPage() {
  const users = useLoad(listUsers, []);
  const orgs = useLoad(listOrgs, []);
  const orgNames = useMemo(
    () => new Map((orgs.data?.items ?? []).map((org) => [org.id, org.name])),
    [orgs.data],
  );
  const [editing, setEditing] = useState<User | null | "new">(null);
  const [keyword, setKeyword] = useState("");

  const shown = useMemo(() => {
    const all = users.data?.items ?? [];
    const needle = keyword.trim().toLowerCase();
    if (needle === "") return all;
    return all.filter((user) =>
      `${user.username} ${user.displayName}`.toLowerCase().includes(needle),
    );
  }, [users.data, keyword]);

  const columns: TableColumnsType<User> = [
    { key: "username", title: "用户名", dataIndex: "username", width: 140 },
    { key: "displayName", title: "姓名", dataIndex: "displayName", width: 120 },
    {
      key: "org",
      title: "所属单位",
      render: (_, user) => user.orgName ?? orgNames.get(user.orgId) ?? `#${user.orgId}`,
    },
    {
      key: "roles",
      title: "角色",
      render: (_, user) => user.roles.map((role) => <Tag key={role}>{ROLE_LABELS[role]}</Tag>),
    },
    { key: "scope", title: "数据范围", width: 130, render: (_, user) => SCOPE_LABELS[user.scope] },
    {
      key: "active",
      title: "状态",
      width: 80,
      render: (_, user) => (user.active ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>),
    },
    {
      key: "edit",
      title: "操作",
      width: 80,
      render: (_, user) => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            setEditing(user);
          }}
          data-testid={`user-edit-${user.id}`}
        >
          编辑
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        crumbs={[{ title: "系统管理" }, { title: "用户管理" }]}
        title="用户管理"
        extra={
          <>
            <Input.Search
              allowClear
              placeholder="用户名或姓名"
              onSearch={setKeyword}
              className="user-search"
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing("new");
              }}
              data-testid="user-new"
            >
              新增用户
            </Button>
          </>
        }
      />
      <Card className="page-card">
        {users.error !== null ? (
          <LoadFailed error={users.error} onRetry={users.reload} />
        ) : (
          <div data-testid="user-list">
            <Table<User>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={shown}
              loading={users.loading}
              pagination={{ pageSize: 20, showTotal: (count) => `共 ${count} 人` }}
              rowClassName={(user) => (user.active ? "" : "row-inactive")}
            />
          </div>
        )}
      </Card>
      {editing === null ? null : (
        <UserModal
          user={editing === "new" ? null : editing}
          onSaved={() => {
            setEditing(null);
            users.reload();
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
