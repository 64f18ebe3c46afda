// The 法定期限 card: every statutory clock of the record.
import { Card, Empty } from "antd";
import type { ClockView } from "../api/types";
import { ClockRow } from "./ClockRow";

export function ClockCard({ clocks }: { clocks: readonly ClockView[] }) {
  return (
    <Card title="法定期限" className="page-card" size="small" data-testid="clocks">
      {clocks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无计时中的法定期限" />
      ) : (
        clocks.map((clock) => <ClockRow key={clock.clockId} clock={clock} />)
      )}
    </Card>
  );
}
