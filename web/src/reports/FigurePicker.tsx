// 插入指标: picks a figure by heading and label; the editor puts its placeholder at the cursor.
import { Select } from "antd";
import type { FigureGroup } from "./useFigureGroups";

interface FigurePickerProps {
  groups: readonly FigureGroup[];
  onPick: (key: string) => void;
  testId: string;
}

export function FigurePicker({ groups, onPick, testId }: FigurePickerProps) {
  const options = groups.map((group) => ({
    label: group.label,
    title: group.label,
    options: group.figures.map((figure) => ({
      value: figure.key,
      label: `${figure.label}（${figure.formatted}${figure.unit}）`,
    })),
  }));
  return (
    <Select<string | null>
      value={null}
      placeholder="插入指标"
      options={options}
      showSearch={{ optionFilterProp: "label" }}
      popupMatchSelectWidth={420}
      className="figure-picker"
      onSelect={(key) => {
        if (key !== null) onPick(key);
      }}
      data-testid={testId}
    />
  );
}
