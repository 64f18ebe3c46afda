// A child table in a record form: one row per entry, a typed input per column (the same inputs
// as fields), add and remove within the declared row limits, and each server error on its cell
// (parties[2].idNumber shows under row 2's ID number).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Table, type TableColumnsType } from "antd";
import type { FormListFieldData } from "antd";
import type { Field } from "../api/types";
import type { OrgTreeNode } from "../orgs/useOrgOptions";
import { FieldInput } from "./FieldInput";
import { dateProps, rulesOf } from "./FieldItem";
import { columnApplies } from "./rowValues";
import "./rows.css";

interface RowsInputProps {
  table: Field;
  required: boolean;
  orgTree: OrgTreeNode[];
  orgLoading: boolean;
}

/** The server's default row limit (src/kernel/rows.ts) when a table declares none. */
const DEFAULT_MAX_ROWS = 200;

/** Rows a required table needs: its minRows, at least one (as the server counts them). */
export function leastRows(table: Field, required: boolean): number {
  return required ? Math.max(1, table.minRows ?? 1) : (table.minRows ?? 0);
}

const COLUMN_WIDTHS: Partial<Record<Field["kind"], number>> = {
  choice: 150,
  boolean: 80,
  date: 150,
  phone: 170,
  idNumber: 230,
  creditCode: 230,
  integer: 110,
  money: 140,
};

function Cell(props: {
  table: Field;
  column: Field;
  row: FormListFieldData;
  orgTree: OrgTreeNode[];
  orgLoading: boolean;
}) {
  const { table, column, row } = props;
  const item = (
    <Form.Item
      name={[row.name, column.name]}
      rules={rulesOf(column, column.required)}
      className="row-cell"
      {...(column.kind === "boolean" ? { valuePropName: "checked" } : {})}
      {...(column.kind === "date" ? dateProps : {})}
    >
      <FieldInput
        field={column}
        orgTree={props.orgTree}
        orgLoading={props.orgLoading}
        testId={`field-${table.name}-${String(row.name + 1)}-${column.name}`}
      />
    </Form.Item>
  );
  const { when } = column;
  if (when === undefined) return item;
  // A conditional column is an input only while its row's controlling cell holds the value.
  const path = [table.name, row.name];
  return (
    <Form.Item
      noStyle
      shouldUpdate={(before, after) =>
        cellOf(before, path, when.field) !== cellOf(after, path, when.field)
      }
    >
      {({ getFieldValue }) =>
        columnApplies(
          column,
          (getFieldValue(path) as Record<string, unknown> | undefined) ?? {},
        ) ? (
          item
        ) : (
          <span className="row-cell-idle">—</span>
        )
      }
    </Form.Item>
  );
}

function cellOf(values: unknown, path: readonly (string | number)[], column: string): unknown {
  let at: unknown = values;
  for (const key of [...path, column]) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

export function RowsInput({ table, required, orgTree, orgLoading }: RowsInputProps) {
  const least = leastRows(table, required);
  const most = table.maxRows ?? DEFAULT_MAX_ROWS;
  const columns = table.columns ?? [];
  return (
    <Form.Item
      label={table.label}
      required={required}
      {...(table.help === undefined ? {} : { extra: table.help })}
    >
      <Form.List
        name={table.name}
        initialValue={Array.from({ length: least }, () => ({}))}
        rules={[
          {
            validator: (_, rows: unknown[] | undefined) =>
              (rows?.length ?? 0) < least
                ? Promise.reject(new Error(`${table.label}至少填写${String(least)}行`))
                : Promise.resolve(),
          },
        ]}
      >
        {(rows, { add, remove }, { errors }) => {
          const tableColumns: TableColumnsType<FormListFieldData> = [
            {
              key: "position",
              title: "序号",
              width: 56,
              align: "center",
              render: (_, row) => row.name + 1,
            },
            ...columns.map((column) => ({
              key: column.name,
              title: column.required ? (
                <span className="row-head-required">{column.label}</span>
              ) : (
                column.label
              ),
              ...(COLUMN_WIDTHS[column.kind] === undefined
                ? {}
                : { width: COLUMN_WIDTHS[column.kind] }),
              render: (_: unknown, row: FormListFieldData) => (
                <Cell
                  table={table}
                  column={column}
                  row={row}
                  orgTree={orgTree}
                  orgLoading={orgLoading}
                />
              ),
            })),
            {
              key: "remove",
              title: "",
              width: 56,
              render: (_, row) => (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除第${String(row.name + 1)}行`}
                  disabled={rows.length <= least}
                  onClick={() => {
                    remove(row.name);
                  }}
                  data-testid={`rows-${table.name}-remove-${String(row.name + 1)}`}
                />
              ),
            },
          ];
          return (
            <div className="rows-input" data-testid={`rows-${table.name}`}>
              <Table<FormListFieldData>
                size="small"
                bordered
                pagination={false}
                rowKey="key"
                dataSource={rows}
                columns={tableColumns}
                scroll={{ x: "max-content" }}
                locale={{ emptyText: "暂无，点击下方“添加一行”" }}
              />
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                className="rows-add"
                disabled={rows.length >= most}
                onClick={() => {
                  add({});
                }}
                data-testid={`rows-${table.name}-add`}
              >
                添加一行
              </Button>
              <Form.ErrorList errors={errors} />
            </div>
          );
        }}
      </Form.List>
    </Form.Item>
  );
}
