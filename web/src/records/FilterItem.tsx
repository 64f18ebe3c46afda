// One declared filter: choice → Select, org → TreeSelect, record → its picker, date → range,
// numbers → from/to, text.
import { DatePicker, Form, Input, InputNumber, Select, Space, TreeSelect } from "antd";
import type { ReactNode } from "react";
import type { Field } from "../api/types";
import type { OrgTreeNode } from "../orgs/useOrgOptions";
import { isRangeKind } from "./listQuery";
import { RecordSelect } from "./RecordSelect";

function filterInput(field: Field, orgTree: OrgTreeNode[]): ReactNode {
  switch (field.kind) {
    case "choice":
      return <Select allowClear placeholder="全部" options={field.options ?? []} />;
    case "boolean":
      return (
        <Select
          allowClear
          placeholder="全部"
          options={[
            { value: "true", label: "是" },
            { value: "false", label: "否" },
          ]}
        />
      );
    case "org":
      return (
        <TreeSelect
          allowClear
          showSearch={{ treeNodeFilterProp: "title" }}
          placeholder="全部"
          treeData={orgTree}
          treeDefaultExpandAll
          listHeight={360}
        />
      );
    case "record":
      return <RecordSelect types={field.types ?? null} />;
    case "date":
      return <DatePicker.RangePicker allowEmpty={[true, true]} className="filter-range" />;
    default:
      return <Input allowClear placeholder="请输入" />;
  }
}

export function FilterItem({ field, orgTree }: { field: Field; orgTree: OrgTreeNode[] }) {
  if (isRangeKind(field.kind) && field.kind !== "date") {
    return (
      <Form.Item label={field.label}>
        <Space.Compact block>
          <Form.Item name={`${field.name}.from`} noStyle>
            <InputNumber placeholder="最小" className="filter-number" />
          </Form.Item>
          <Form.Item name={`${field.name}.to`} noStyle>
            <InputNumber placeholder="最大" className="filter-number" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
    );
  }
  return (
    <Form.Item label={field.label} name={field.name}>
      {filterInput(field, orgTree)}
    </Form.Item>
  );
}
