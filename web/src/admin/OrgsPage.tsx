// 单位管理: the organisation tree as an expandable table, with create and edit dialogs.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Table, Tag, type TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import { listOrgs } from "../api/admin";
import type { Org } from "../api/types";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { resetOrgOptions } from "../orgs/useOrgOptions";
import { ORG_KIND_LABELS } from "./labels";
import { OrgModal } from "./OrgModal";

interface OrgRow extends Org {
  children?: OrgRow[];
}

function toRows(orgs: readonly Org[]): OrgRow[] {
  const ids = new Set(orgs.map((org) => org.id));
  const rows = new Map<number, OrgRow>(orgs.map((org) => [org.id, { ...org }]));
  const roots: OrgRow[] = [];
  for (const org of orgs) {
    const row = rows.get(org.id);
    if (row === undefined) continue;
    const parent =
      org.parentId !== null && ids.has(org.parentId) ? rows.get(org.parentId) : undefined;
    if (parent === undefined) roots.push(row);
    else parent.children = [...(parent.children ?? []), row];
  }
  return roots;
}

export function OrgsPage() {
  const orgs = useLoad(listOrgs, []);
  const [editing, setEditing] = useState<Org | null | "new">(null);
  const items = useMemo(() => orgs.data?.items ?? [], [orgs.data]);
  const rows = useMemo(() => toRows(items), [items]);
  const [collapsed, setCollapsed] = useState<readonly number[]>([]);
  const expanded = items.map((org) => org.id).filter((id) => !collapsed.includes(id));

  const columns: TableColumnsType<OrgRow> = [
    { key: "name", title: "单位名称", dataIndex: "name" },
    { key: "code", title: "单位编码", dataIndex: "code", width: 160 },
    { key: "kind", title: "类型", width: 140, render: (_, org) => ORG_KIND_LABELS[org.kind] },
    {
      key: "active",
      title: "状态",
      width: 90,
      render: (_, org) => (org.active ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>),
    },
    {
      key: "edit",
      title: "操作",
      width: 90,
      render: (_, org) => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            setEditing(org);
          }}
          data-testid={`org-edit-${org.id}`}
        >
          编辑
        </Button>
      ),
    },
  ];

  const saved = () => {
    setEditing(null);
    resetOrgOptions();
    orgs.reload();
  };

  return (
    <>
      <PageHeader
        crumbs={[{ title: "系统管理" }, { title: "单位管理" }]}
        title="单位管理"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing("new");
            }}
            data-testid="org-new"
          >
            新增单位
          </Button>
        }
      />
      <Card className="page-card">
        {orgs.error !== null ? (
          <LoadFailed error={orgs.error} onRetry={orgs.reload} />
        ) : (
          <div data-testid="org-list">
            <Table<OrgRow>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={orgs.loading}
              pagination={false}
              expandable={{
                expandedRowKeys: expanded,
                onExpand: (open, org) => {
                  setCollapsed(
                    open ? collapsed.filter((id) => id !== org.id) : [...collapsed, org.id],
                  );
                },
              }}
              rowClassName={(org) => (org.active ? "" : "row-inactive")}
            />
          </div>
        )}
      </Card>
      {editing === null ? null : (
        <OrgModal
          org={editing === "new" ? null : editing}
          orgs={items}
          onSaved={saved}
          onCancel={() => {
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
