// 公开 on the detail page: whether the record is on the public portal (未公开 / 已公开 with its link /
// 已撤回 with the reason), and 公开 / 撤回公开 for the users its type names.
import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Space,
  Tag,
  Typography,
  type ButtonProps,
} from "antd";
import { useState } from "react";
import {
  fetchPublication,
  publish,
  withdrawPublication,
  type PublicationStatus,
} from "../api/publication";
import { errorText } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { formatDateTime } from "./format";

const TAGS = {
  unpublished: { color: "default", text: "未公开" },
  published: { color: "success", text: "已公开" },
  withdrawn: { color: "warning", text: "已撤回" },
} as const;

interface PublicationCardProps {
  typeId: string;
  recordId: number;
  /** Reloads the card when the record changes (an action may have withdrawn it). */
  version: number;
  /** Publishing stops the publication clock: the record is read again. */
  onChange: () => void;
}

export function PublicationCard({ typeId, recordId, version, onChange }: PublicationCardProps) {
  const { message } = App.useApp();
  const loaded = useLoad(() => fetchPublication(typeId, recordId), [typeId, recordId, version]);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const status = loaded.data;
  if (status === null) return null;

  const run = async (write: () => Promise<PublicationStatus>, done: string) => {
    setBusy(true);
    try {
      loaded.setData(await write());
      message.success(done);
      setAsking(false);
      setReason("");
      onChange();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const tag = TAGS[status.status];
  const withdrawProps: ButtonProps & { "data-testid": string } = {
    danger: true,
    loading: busy,
    "data-testid": "publication-withdraw-submit",
  };

  return (
    <Card
      title={`公开（${status.column}）`}
      size="small"
      className="page-card"
      data-testid="publication"
      extra={
        <Space>
          {!status.canPublish ? null : (
            <Button
              type="primary"
              size="small"
              loading={busy}
              data-testid="publication-publish"
              onClick={() => void run(() => publish(typeId, recordId), "已公开到门户网站")}
            >
              公开
            </Button>
          )}
          {!status.canWithdraw ? null : (
            <Button
              danger
              size="small"
              data-testid="publication-withdraw"
              onClick={() => {
                setAsking(true);
              }}
            >
              撤回公开
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="状态">
          <Tag color={tag.color} data-testid="publication-status">
            {tag.text}
          </Tag>
          {status.portalUrl === null ? null : (
            <a
              href={status.portalUrl}
              target="_blank"
              rel="noreferrer"
              data-testid="publication-link"
            >
              在门户网站查看
            </a>
          )}
        </Descriptions.Item>
        {status.publishedOn === null ? null : (
          <Descriptions.Item label="公开日期">
            {status.publishedOn}（{status.publishedBy}）
          </Descriptions.Item>
        )}
        {status.status !== "published" || status.expiresOn === null ? null : (
          <Descriptions.Item label="公开至">{status.expiresOn}</Descriptions.Item>
        )}
        {status.status !== "withdrawn" ? null : (
          <Descriptions.Item label="撤回">
            {formatDateTime(status.withdrawnAt ?? "")}：{status.withdrawalReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {status.notPublishableReason === null || status.status === "published" ? null : (
        <Typography.Text type="secondary">{status.notPublishableReason}</Typography.Text>
      )}
      <Modal
        open={asking}
        title="撤回公开"
        okText="确认撤回"
        okButtonProps={withdrawProps}
        onOk={() => void run(() => withdrawPublication(typeId, recordId, reason), "已撤回公开")}
        onCancel={() => {
          setAsking(false);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>撤回后门户网站不再显示该信息。请填写撤回原因：</Typography.Paragraph>
        <Input.TextArea
          value={reason}
          maxLength={500}
          rows={3}
          data-testid="publication-reason"
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
      </Modal>
    </Card>
  );
}
