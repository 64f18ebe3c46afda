// A year picker for reporting periods: the last ten years, newest first.
import { Select } from "antd";
import { useMemo } from "react";
import { yearChoices } from "./indicatorQuery";

interface YearSelectProps {
  value: number;
  onChange: (year: number) => void;
  testId: string;
}

export function YearSelect({ value, onChange, testId }: YearSelectProps) {
  const options = useMemo(() => {
    const years = yearChoices();
    if (!years.includes(value)) years.push(value);
    return years.map((year) => ({ value: year, label: `${year}年` }));
  }, [value]);
  return (
    <Select<number>
      value={value}
      options={options}
      onChange={onChange}
      className="year-select"
      data-testid={testId}
    />
  );
}
