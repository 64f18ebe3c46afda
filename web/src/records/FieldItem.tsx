// A form row for one declared field: label, required mark, help, client checks and the input.
import { Form, type FormRule } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { Field } from "../api/types";
import type { OrgTreeNode } from "../orgs/useOrgOptions";
import { FieldInput } from "./FieldInput";
import { RowsInput } from "./RowsInput";

interface FieldItemProps {
  field: Field;
  required: boolean;
  orgTree: OrgTreeNode[];
  orgLoading: boolean;
}

const PICKED_KINDS = new Set<Field["kind"]>(["choice", "org", "user", "date", "boolean", "record"]);
const TEXT_KINDS = new Set<Field["kind"]>(["text", "longText", "idNumber", "creditCode", "phone"]);

export function rulesOf(field: Field, required: boolean): FormRule[] {
  if (!required || field.kind === "boolean") return [];
  const picked = PICKED_KINDS.has(field.kind);
  const message = `${picked ? "请选择" : "请填写"}${field.label}`;
  // `whitespace` only for text: the validator treats any value under it as a string.
  return [
    TEXT_KINDS.has(field.kind)
      ? { required: true, whitespace: true, message }
      : { required: true, message },
  ];
}

/** DatePicker holds a Dayjs; the form (and the API) hold YYYY-MM-DD text. */
export const dateProps = {
  getValueProps: (value: unknown) => ({
    value: typeof value === "string" && value !== "" ? dayjs(value) : null,
  }),
  normalize: (value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : null),
};

export function FieldItem({ field, required, orgTree, orgLoading }: FieldItemProps) {
  if (field.kind === "table")
    return (
      <RowsInput table={field} required={required} orgTree={orgTree} orgLoading={orgLoading} />
    );
  return (
    <Form.Item
      name={field.name}
      label={field.label}
      required={required}
      rules={rulesOf(field, required)}
      {...(field.help === undefined ? {} : { extra: field.help })}
      {...(field.kind === "boolean" ? { valuePropName: "checked" } : {})}
      {...(field.kind === "date" ? dateProps : {})}
      {...(field.when === undefined ? {} : { preserve: false })}
    >
      <FieldInput field={field} orgTree={orgTree} orgLoading={orgLoading} />
    </Form.Item>
  );
}
