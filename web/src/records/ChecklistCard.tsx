// 程序步骤: for each action that needs a statutory procedure completed first (重大行政决策 before
// collective discussion), the steps with what is met, so people see what is missing before trying.
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from "@ant-design/icons";
import { Card, Typography } from "antd";
import type { ChecklistItemView, ChecklistView } from "../api/types";
import "./checklist.css";

function ItemIcon({ item }: { item: ChecklistItemView }) {
  if (!item.applies) return <MinusCircleOutlined className="checklist-na" aria-label="不适用" />;
  return item.met ? (
    <CheckCircleFilled className="checklist-met" aria-label="已完成" />
  ) : (
    <CloseCircleFilled className="checklist-unmet" aria-label="未完成" />
  );
}

function statusText(item: ChecklistItemView): string {
  if (!item.applies) return "不适用";
  return item.met ? "已完成" : "未完成";
}

export function ChecklistCard({ checklists }: { checklists: readonly ChecklistView[] }) {
  if (checklists.length === 0) return null;
  return (
    <>
      {checklists.map((checklist) => (
        <Card
          key={checklist.action}
          title={`“${checklist.label}”前须完成的程序`}
          size="small"
          className="page-card"
          data-testid={`checklist-${checklist.action}`}
        >
          <ul className="checklist">
            {checklist.items.map((item) => (
              <li key={item.id} data-testid={`checklist-item-${item.id}`} data-met={item.met}>
                <ItemIcon item={item} />
                <div>
                  <div>
                    {item.label}
                    <Typography.Text type="secondary" className="checklist-status">
                      {statusText(item)}
                    </Typography.Text>
                  </div>
                  <Typography.Text type="secondary" className="checklist-basis">
                    {item.basis}
                  </Typography.Text>
                  {item.detail === null ? null : (
                    <div className="checklist-detail">{item.detail}</div>
                  )}
                  {item.met ? null : <div className="checklist-message">{item.message}</div>}
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </>
  );
}
