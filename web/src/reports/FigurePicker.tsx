// 插入指标: picks a figure by heading and label; the editor puts its placeholder at the cursor.
import { Select } from "antd";
import { useIndicatorKeyTitle } from "../indicators/FigureName";
import type { FigureGroup } from "./useFigureGroups";

interface FigurePickerProps {
  groups: readonly FigureGroup[];
  onPick: (key: string) => void;
  testId: string;
}

export function FigurePicker({ groups, onPick, testId }: FigurePickerProps) {
  const keyTitle = useIndicatorKeyTitle();
  const options = groups.map((group) => ({
    label: group.label,
    title: group.label,
    options: group.figures.map((figure) => {
      const label = `${figure.label}（${figure.formatted}${figure.unit}）`;
      // The option's native tooltip: the key for the rule-of-law office, else the label again.
      return { value: figure.key, label, title: keyTitle(figure.key) ?? label };
    }),
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
