// The year picker as a form control: Form.Item passes value and onChange.
import { defaultYear } from "../indicators/indicatorQuery";
import { YearSelect } from "../indicators/YearSelect";

interface YearFieldProps {
  value?: number;
  onChange?: (year: number) => void;
}

export function YearField({ value, onChange }: YearFieldProps) {
  return (
    <YearSelect
      value={value ?? defaultYear()}
      onChange={(year) => onChange?.(year)}
      testId="report-new-year"
    />
  );
}
