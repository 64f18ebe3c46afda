// The organisation and year a screen of figures is about.
import { Space, TreeSelect } from "antd";
import type { OrgTreeNode } from "../orgs/useOrgOptions";
import { YearSelect } from "./YearSelect";

interface OrgYearPickerProps {
  tree: OrgTreeNode[];
  org: number | null;
  year: number;
  onChange: (org: number, year: number) => void;
}

export function OrgYearPicker({ tree, org, year, onChange }: OrgYearPickerProps) {
  return (
    <Space wrap>
      <TreeSelect<number | null>
        value={org}
        treeData={tree}
        treeDefaultExpandAll
        listHeight={360}
        showSearch={{ treeNodeFilterProp: "title" }}
        placeholder="选择单位"
        className="org-select"
        onChange={(next) => {
          if (next !== null) onChange(next, year);
        }}
        data-testid="indicator-org"
      />
      <YearSelect
        value={year}
        onChange={(next) => {
          if (org !== null) onChange(org, next);
        }}
        testId="indicator-year"
      />
    </Space>
  );
}
