// A child table on the detail page: its rows as a table, cells read like fields (labels, masked
// numbers as the server sends them, or full ones after 查看完整信息).
import { Table } from "antd";
import type { Field } from "../api/types";
import { EMPTY, formatValue } from "./format";
import "./rows.css";

type Row = Record<string, unknown> & { readonly position: number };

export function RowsTable({ table, value }: { table: Field; value: unknown }) {
  const rows: Row[] = (Array.isArray(value) ? value : [])
    .filter((row): row is Record<string, unknown> => typeof row === "object" && row !== null)
    .map((row, index) => ({ ...row, position: index + 1 }));
  if (rows.length === 0) return <span data-testid={`value-${table.name}`}>{EMPTY}</span>;
  return (
    <Table<Row>
      className="rows-view"
      size="small"
      bordered
      pagination={false}
      rowKey="position"
      dataSource={rows}
      scroll={{ x: "max-content" }}
      data-testid={`value-${table.name}`}
      columns={[
        { key: "position", title: "序号", width: 56, align: "center", dataIndex: "position" },
        ...(table.columns ?? []).map((column) => ({
          key: column.name,
          title: column.label,
          render: (_: unknown, row: Row) => (
            <span data-testid={`value-${table.name}-${String(row.position)}-${column.name}`}>
              {formatValue(column, row[column.name])}
            </span>
          ),
        })),
      ]}
    />
  );
}
