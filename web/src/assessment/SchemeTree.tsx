// The item tree of a scheme, with its points and methods; while drafting, the rule-of-law office
// adds, changes, moves and removes items here (each change is audited on the server).
import { Button, Card, Popconfirm, Space, Table, Tag, message, type TableColumnsType } from "antd";
import { useState } from "react";
import {
  addItem,
  formulaIndicators,
  moveItem,
  removeItem,
  updateItem,
  type SchemeItemView,
  type SchemeView,
} from "../api/assessment";
import { errorText } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { ItemModal } from "./ItemModal";
import { OrgsModal } from "./OrgsModal";
import { methodText, pointsText } from "./labels";

type TreeRow = SchemeItemView & { rows?: TreeRow[] };

type Editing =
  { mode: "add"; parentId: number | null } | { mode: "edit"; item: SchemeItemView } | null;

/** The item's parent id and its index among its siblings. */
function placeOf(
  items: readonly SchemeItemView[],
  id: number,
  parentId: number | null = null,
): { parentId: number | null; index: number; count: number } | null {
  const index = items.findIndex((item) => item.id === id);
  if (index >= 0) return { parentId, index, count: items.length };
  for (const item of items) {
    const found = placeOf(item.children, id, item.id);
    if (found) return found;
  }
  return null;
}

export function SchemeTree({ view, onChanged }: { view: SchemeView; onChanged: () => void }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [choosingOrgs, setChoosingOrgs] = useState(false);
  const indicators = useLoad(formulaIndicators, []);
  const labels = new Map(
    (indicators.data?.items ?? []).map((indicator) => [indicator.key, indicator]),
  );
  const { scheme, may } = view;
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const move = (item: SchemeItemView, by: number) => {
    const place = placeOf(view.items, item.id);
    if (!place) return;
    void run(() =>
      moveItem(scheme.id, item.id, {
        version: scheme.version,
        parentId: place.parentId,
        position: place.index + by,
      }),
    );
  };
  const columns: TableColumnsType<TreeRow> = [
    { key: "number", title: "序号", dataIndex: "number", className: "nowrap", width: 120 },
    {
      key: "label",
      title: "考核项目",
      render: (_, item) => <span data-testid={`item-${String(item.id)}`}>{item.label}</span>,
    },
    {
      key: "points",
      title: "分值",
      className: "nowrap",
      render: (_, item) => pointsText(item.points),
    },
    {
      key: "method",
      title: "计分方式",
      render: (_, item) =>
        item.children.length > 0 ? null : item.method?.kind === "formula" ? (
          <Tag color="blue">
            {methodText(item.method, labels.get(item.method.formula.indicator))}
          </Tag>
        ) : (
          <span>{methodText(item.method)}</span>
        ),
    },
  ];
  if (may.edit)
    columns.push({
      key: "actions",
      title: "操作",
      className: "nowrap",
      render: (_, item) => (
        <Space size={4}>
          <Button
            size="small"
            type="link"
            onClick={() => {
              setEditing({ mode: "edit", item });
            }}
          >
            编辑
          </Button>
          <Button
            size="small"
            type="link"
            onClick={() => {
              setEditing({ mode: "add", parentId: item.id });
            }}
          >
            添加下级
          </Button>
          <Button
            size="small"
            type="link"
            onClick={() => {
              move(item, -1);
            }}
          >
            上移
          </Button>
          <Button
            size="small"
            type="link"
            onClick={() => {
              move(item, 1);
            }}
          >
            下移
          </Button>
          <Popconfirm
            title="删除该项目及其下级项目？"
            onConfirm={() => void run(() => removeItem(scheme.id, item.id, scheme.version))}
          >
            <Button size="small" type="link" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  // The table nests rows under `rows`, present only on headings (an empty list would show an
  // expander on every leaf); `children` stays the item's own.
  const rowsOf = (items: readonly SchemeItemView[]): TreeRow[] =>
    items.map((item) =>
      item.children.length === 0 ? item : { ...item, rows: rowsOf(item.children) },
    );
  return (
    <Card
      className="page-card"
      size="small"
      title={`考核方案（总分${pointsText(view.totalPoints)}分）`}
      extra={
        may.edit ? (
          <Button
            size="small"
            onClick={() => {
              setEditing({ mode: "add", parentId: null });
            }}
            data-testid="item-add-top"
          >
            添加一级指标
          </Button>
        ) : null
      }
    >
      <p className="assessment-orgs" data-testid="assessed-orgs">
        被考核单位（{view.orgs.length}个）：{view.orgs.map((org) => org.name).join("、")}
        {may.edit ? (
          <Button
            size="small"
            type="link"
            onClick={() => {
              setChoosingOrgs(true);
            }}
            data-testid="assessed-orgs-edit"
          >
            调整
          </Button>
        ) : null}
      </p>
      {choosingOrgs ? (
        <OrgsModal
          view={view}
          onClose={() => {
            setChoosingOrgs(false);
          }}
          onSaved={onChanged}
        />
      ) : null}
      <div data-testid="scheme-tree">
        <Table<TreeRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rowsOf(view.items)}
          pagination={false}
          expandable={{ childrenColumnName: "rows", defaultExpandAllRows: true }}
        />
      </div>
      {editing === null ? null : (
        <ItemModal
          title={editing.mode === "add" ? "添加考核项目" : "修改考核项目"}
          item={editing.mode === "edit" ? editing.item : null}
          isNew={editing.mode === "add"}
          indicators={indicators.data?.items ?? []}
          onClose={() => {
            setEditing(null);
          }}
          onSave={async (item, isHeading) => {
            if (editing.mode === "add")
              await addItem(scheme.id, {
                version: scheme.version,
                parentId: editing.parentId,
                isHeading,
                item,
              });
            else await updateItem(scheme.id, editing.item.id, { version: scheme.version, item });
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
