// One input per field kind; used inside a Form.Item, which supplies value and onChange.
import { CatalogueSelect } from "./CatalogueSelect";
import { UserSelect } from "./UserSelect";
import { RecordSelect } from "./RecordSelect";
import { DatePicker, Input, InputNumber, Select, Switch, TreeSelect } from "antd";
import type { Field } from "../api/types";
import type { OrgTreeNode } from "../orgs/useOrgOptions";

interface FieldInputProps {
  field: Field;
  orgTree: OrgTreeNode[];
  orgLoading: boolean;
  disabled?: boolean;
  /** A cell of a child table names its row: field-parties-2-idNumber. */
  testId?: string;
}

const TEXT_PLACEHOLDERS: Partial<Record<Field["kind"], string>> = {
  idNumber: "18位公民身份号码",
  creditCode: "18位统一社会信用代码",
  phone: "手机号码或带区号的固定电话",
};

/** Spread by Form.Item so that antd passes value and onChange through to the input. */
export function FieldInput({
  field,
  orgTree,
  orgLoading,
  disabled = false,
  testId,
  ...formProps
}: FieldInputProps) {
  const common = { ...formProps, disabled, "data-testid": testId ?? `field-${field.name}` };
  switch (field.kind) {
    case "longText":
      return (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 3, maxRows: 10 }}
          showCount={field.maxLength !== undefined}
          {...(field.maxLength === undefined ? {} : { maxLength: field.maxLength })}
        />
      );
    case "integer":
    case "money":
      return (
        <InputNumber<number>
          {...common}
          className="field-number"
          precision={field.kind === "money" ? 2 : 0}
          {...(field.min === undefined ? {} : { min: field.min })}
          {...(field.max === undefined ? {} : { max: field.max })}
          {...(field.kind === "money" ? { suffix: "元" } : {})}
        />
      );
    case "date":
      return <DatePicker {...common} className="field-date" placeholder="请选择日期" />;
    case "boolean":
      return <Switch {...common} checkedChildren="是" unCheckedChildren="否" />;
    case "choice":
      return (
        <Select
          {...common}
          allowClear
          placeholder="请选择"
          options={(field.options ?? []).map((option) => ({
            value: option.value,
            label: option.label,
          }))}
        />
      );
    case "org":
      return (
        <TreeSelect
          {...common}
          allowClear
          showSearch={{ treeNodeFilterProp: "title" }}
          treeDefaultExpandAll
          placeholder="请选择单位"
          loading={orgLoading}
          treeData={orgTree}
          listHeight={360}
        />
      );
    case "user":
      return <UserSelect {...common} />;
    case "catalogue":
      return <CatalogueSelect {...common} catalogue={field.catalogue ?? ""} />;
    case "record":
      return <RecordSelect {...common} types={field.types ?? null} />;
    default:
      return (
        <Input
          {...common}
          allowClear
          placeholder={TEXT_PLACEHOLDERS[field.kind]}
          {...(field.maxLength === undefined ? {} : { maxLength: field.maxLength })}
        />
      );
  }
}
