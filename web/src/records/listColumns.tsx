// The list's columns from `list.columns`: record number (a link), declared fields, state, deadline.
import type { TableColumnsType } from "antd";
import type { Field, ListItem, TypeMeta } from "../api/types";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { DueTag } from "./DueTag";
import { formatValue } from "./format";
import type { ListQuery } from "./listQuery";
import { StateTag } from "./StateTag";

type SortOrder = "ascend" | "descend" | null;

const NOWRAP_KINDS = new Set<Field["kind"]>([
  "date",
  "money",
  "integer",
  "phone",
  "idNumber",
  "creditCode",
]);

/** Which column is sorted, and how: the query's sort, or the type's default. */
function sortOrderOf(type: TypeMeta, query: ListQuery, key: string): SortOrder {
  const field = query.sort === "" ? type.list.defaultSort.field : query.sort;
  if (field !== key) return null;
  const order =
    query.sort === "" || query.order === "" ? type.list.defaultSort.direction : query.order;
  return order === "asc" ? "ascend" : "descend";
}

export function listColumns(
  type: TypeMeta,
  query: ListQuery,
  /** Names for org ids that come without a display label. */
  orgNames: ReadonlyMap<number, string>,
): TableColumnsType<ListItem> {
  const fieldColumns = type.list.columns.flatMap((name) => {
    const field = type.fields.find((candidate) => candidate.name === name);
    if (field === undefined) return [];
    const isNumber = field.kind === "money" || field.kind === "integer";
    return [
      {
        key: field.name,
        title: field.label,
        // Rows have no order of their own: a table column is not sortable.
        sorter: field.kind !== "table",
        sortOrder: field.kind === "table" ? null : sortOrderOf(type, query, field.name),
        align: isNumber ? ("right" as const) : ("left" as const),
        className: NOWRAP_KINDS.has(field.kind)
          ? "nowrap"
          : field.kind === "longText"
            ? "clip"
            : "",
        render: (_: unknown, item: ListItem) =>
          formatValue(field, item.values[field.name], item.display, orgNames),
      },
    ];
  });
  // The record number stays in view when a narrow screen scrolls the table sideways.
  return [
    {
      key: "recordNumber",
      title: "编号",
      fixed: "left" as const,
      sorter: true,
      sortOrder: sortOrderOf(type, query, "recordNumber"),
      className: "nowrap",
      render: (_: unknown, item: ListItem) => (
        <Link to={paths.detail(type.id, item.id)} data-testid={`record-link-${item.id}`}>
          {item.recordNumber ?? `#${item.id}`}
        </Link>
      ),
    },
    // State and deadline come first: they are what a caseworker scans for, and stay in view.
    {
      key: "state",
      title: "状态",
      className: "nowrap",
      render: (_: unknown, item: ListItem) => <StateTag type={type} state={item.state} />,
    },
    // Only types with statutory clocks have deadlines.
    ...(type.clocks.length === 0
      ? []
      : [
          {
            key: "nextDue",
            title: "期限",
            className: "nowrap",
            render: (_: unknown, item: ListItem) => <DueTag due={item.nextDue} />,
          },
        ]),
    ...fieldColumns,
  ];
}
