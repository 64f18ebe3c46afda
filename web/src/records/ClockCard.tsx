// The 法定期限 card: every clock of the record (办理期限 when a due date was set by whoever assigned it).
import { Card, Empty } from "antd";
import type { ClockView } from "../api/types";
import { ClockRow } from "./ClockRow";

export function ClockCard({ clocks }: { clocks: readonly ClockView[] }) {
  return (
    <Card
      title={clocks.some((clock) => clock.setBy !== null) ? "办理期限" : "法定期限"}
      className="page-card"
      size="small"
      data-testid="clocks"
    >
      {clocks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无计时中的法定期限" />
      ) : (
        clocks.map((clock) => <ClockRow key={clock.clockId} clock={clock} />)
      )}
    </Card>
  );
}
