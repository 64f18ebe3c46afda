// On a list with deadlines: how many of the user's records are past their due date now, as a
// button that filters the list to them (the office sees overdue follow-ups of every department).
import { WarningOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { countRecords } from "../api/records";
import type { TypeMeta } from "../api/types";
import { useLoad } from "../common/useLoad";

export function OverdueCount({ type, onShow }: { type: TypeMeta; onShow: () => void }) {
  const count = useLoad(() => countRecords(type.id, { overdue: "true" }), [type.id]);
  const n = count.data?.count ?? 0;
  if (n === 0) return null;
  return (
    <Button danger icon={<WarningOutlined />} onClick={onShow} data-testid="overdue-count">
      逾期 {n} 件
    </Button>
  );
}
