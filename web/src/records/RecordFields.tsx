// A record's fields with their display labels; fields that actions set appear once they hold a value.
import { Descriptions } from "antd";
import type { RecordView, TypeMeta } from "../api/types";
import { formatValue } from "./format";

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === "";

export function RecordFields({ type, record }: { type: TypeMeta; record: RecordView }) {
  const shown = type.fields.filter(
    (field) => !field.isSetByAction || !isEmpty(record.values[field.name]),
  );
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      styles={{ label: { width: 150 } }}
      items={shown.map((field) => ({
        key: field.name,
        label: field.label,
        span: field.kind === "longText" ? { xs: 1, md: 2 } : 1,
        children: (
          <span
            className={field.kind === "longText" ? "pre-wrap" : undefined}
            data-testid={`value-${field.name}`}
          >
            {formatValue(field, record.values[field.name], record.display)}
          </span>
        ),
      }))}
    />
  );
}
