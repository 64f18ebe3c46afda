// 插入指标: picks a figure by heading and label, and how to print it (as declared, in Chinese
// numerals, with its unit, in 万, the change on last year); the editor puts the placeholder at the
// cursor. Thresholds (atLeast:80%) take a number and are typed (docs/report-placeholders.md).
import { Flex, Select } from "antd";
import { useState } from "react";
import { useIndicatorKeyTitle } from "../indicators/FigureName";
import type { FigureGroup } from "./useFigureGroups";

interface FigurePickerProps {
  groups: readonly FigureGroup[];
  /** Called with the placeholder to insert ("{{a.b}}", "{{a.b|cn|unit}}"). */
  onPick: (token: string) => void;
  testId: string;
}

/** The formats offered, by what they print; `tail` is written after the key. */
const FORMAT_CHOICES = [
  { tail: "", label: "按指标默认格式" },
  { tail: "|unit", label: "带单位（30人）" },
  { tail: "|cn", label: "中文数字（十一）" },
  { tail: "|cn|unit", label: "中文数字带单位（十一次）" },
  { tail: "|wan|unit", label: "以万计（15万余人次）" },
  { tail: "|yoy", label: "同比（同比增加39%）" },
  { tail: "|yoyAbs|unit", label: "同比增减数（同比增加12件）" },
] as const;

export function FigurePicker({ groups, onPick, testId }: FigurePickerProps) {
  const keyTitle = useIndicatorKeyTitle();
  const [tail, setTail] = useState<string>("");
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
    <Flex gap={8} wrap>
      <Select<string | null>
        value={null}
        placeholder="插入指标"
        options={options}
        showSearch={{ optionFilterProp: "label" }}
        popupMatchSelectWidth={420}
        className="figure-picker"
        onSelect={(key) => {
          if (key !== null) onPick(`{{${key}${tail}}}`);
        }}
        data-testid={testId}
      />
      <Select<string>
        value={tail}
        options={FORMAT_CHOICES.map((choice) => ({ value: choice.tail, label: choice.label }))}
        popupMatchSelectWidth={260}
        className="figure-format-picker"
        onChange={setTail}
        data-testid={`${testId}-format`}
      />
    </Flex>
  );
}
