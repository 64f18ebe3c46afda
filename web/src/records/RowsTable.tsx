// A child table on the detail page: its rows as a table, cells read like fields (labels, catalogue
// names, masked numbers as the server sends them, or full ones after 查看完整信息).
import { Table } from "antd";
import type { Field } from "../api/types";
import { EMPTY, formatValue } from "./format";
import { valueClass } from "./valueWidth";
import "./rows.css";

type Row = Record<string, unknown> & { readonly position: number };

interface RowsTableProps {
  table: Field;
  value: unknown;
  /** "52 零售业" by catalogue and code, as the record's answer carries them (catalogueNames). */
  catalogueNames?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  orgNames?: ReadonlyMap<number, string>;
}

/** A cell as text: a catalogue code with its name, like a catalogue field of the record. */
function cellText(
  column: Field,
  value: unknown,
  catalogueNames: RowsTableProps["catalogueNames"] = {},
  orgNames?: ReadonlyMap<number, string>,
): string {
  const name =
    column.kind === "catalogue" && column.catalogue !== undefined && typeof value === "string"
      ? catalogueNames[column.catalogue]?.[value]
      : undefined;
  return formatValue(column, value, name === undefined ? {} : { [column.name]: name }, orgNames);
}

export function RowsTable({ table, value, catalogueNames, orgNames }: RowsTableProps) {
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
      data-testid={`value-${table.name}`}
      columns={[
        { key: "position", title: "序号", width: 56, align: "center", dataIndex: "position" },
        ...(table.columns ?? []).map((column) => ({
          key: column.name,
          title: column.label,
          render: (_: unknown, row: Row) => {
            const text = cellText(column, row[column.name], catalogueNames, orgNames);
            return (
              <span
                className={`rows-cell ${valueClass(column, text)}`}
                data-testid={`value-${table.name}-${String(row.position)}-${column.name}`}
              >
                {text}
              </span>
            );
          },
        })),
      ]}
    />
  );
}
