// A record's fields with their display labels; fields that actions set appear once they hold a value.
import { Descriptions, type DescriptionsProps } from "antd";
import type { Field, RecordView, TypeMeta } from "../api/types";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { isApplicable } from "./conditional";
import { formatValue, linkOf } from "./format";
import { RowsTable } from "./RowsTable";
import { valueClass } from "./valueWidth";
import "./fields.css";

type DescriptionsItemType = NonNullable<DescriptionsProps["items"]>[number];

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === "";

/**
 * Descriptions items in rows of two: long texts take a whole row, and the item before a long
 * text or at the very end fills its row, so no row is left half empty.
 */
function layout(
  type: TypeMeta,
  record: RecordView,
  orgNames: ReadonlyMap<number, string>,
): DescriptionsItemType[] {
  const items: DescriptionsItemType[] = [];
  let halfRow = false;
  for (const field of type.fields) {
    if (field.isSetByAction && isEmpty(record.values[field.name])) continue;
    if (field.kind === "attachment") continue; // shown with their files (AttachmentsCard)
    // A field whose condition does not hold is not part of this record (e.g. 统一社会信用代码 of a
    // natural person); an empty line for it would read as missing data.
    if (!isApplicable(field, (name) => record.values[name])) continue;
    const wide = field.kind === "longText" || field.kind === "table";
    const last = items.at(-1);
    if (wide && halfRow && last !== undefined) last.span = "filled";
    items.push({
      key: field.name,
      label: field.label,
      span: wide ? "filled" : 1,
      children:
        field.kind === "table" ? (
          <RowsTable
            table={field}
            value={record.values[field.name]}
            catalogueNames={record.catalogueNames}
            orgNames={orgNames}
          />
        ) : field.kind === "record" ? (
          <LinkedValue field={field} record={record} />
        ) : (
          <FieldValue field={field} record={record} orgNames={orgNames} wide={wide} />
        ),
    });
    halfRow = wide ? false : !halfRow;
  }
  const last = items.at(-1);
  if (halfRow && last !== undefined) last.span = "filled";
  return items;
}

function FieldValue(props: {
  field: Field;
  record: RecordView;
  orgNames: ReadonlyMap<number, string>;
  wide: boolean;
}) {
  const { field, record, orgNames, wide } = props;
  const text = formatValue(field, record.values[field.name], record.display, orgNames);
  return (
    <span
      className={wide ? "pre-wrap value-wrap" : valueClass(field, text)}
      data-testid={`value-${field.name}`}
    >
      {text}
    </span>
  );
}

/** A link to another record: its number and title (or number alone), opening that record. */
function LinkedValue({ field, record }: { field: Field; record: RecordView }) {
  const link = linkOf(record.values[field.name]);
  const text = formatValue(field, record.values[field.name], record.display);
  return link === null ? (
    <span data-testid={`value-${field.name}`}>{text}</span>
  ) : (
    <Link to={paths.detail(link.type, link.id)} data-testid={`value-${field.name}`}>
      {text}
    </Link>
  );
}

export function RecordFields({ type, record }: { type: TypeMeta; record: RecordView }) {
  const orgs = useOrgOptions();
  return (
    <Descriptions
      className="record-fields"
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={layout(type, record, orgs.names)}
    />
  );
}
