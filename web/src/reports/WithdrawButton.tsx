// 撤回发布: takes a published report off the portal so that it can be corrected and published
// again. The reason is required and goes into the audit log.
import { RollbackOutlined } from "@ant-design/icons";
import { App, Button, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { withdrawReport, type Report } from "../api/reports";
import { errorText } from "../common/errors";

export function WithdrawButton({ report, onDone }: { report: Report; onDone: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = () => {
    setSaving(true);
    setError(null);
    withdrawReport(report.id, report.version, reason)
      .then(() => {
        setOpen(false);
        message.success("已撤回发布，报告恢复为草稿");
        onDone();
      })
      .catch((failure: unknown) => {
        setError(errorText(failure));
      })
      .finally(() => {
        setSaving(false);
      });
  };

  return (
    <>
      <Button
        danger
        icon={<RollbackOutlined />}
        onClick={() => {
          setOpen(true);
        }}
        data-testid="report-withdraw"
      >
        撤回发布
      </Button>
      <Modal
        open={open}
        title="撤回发布"
        okText="撤回"
        okButtonProps={{ danger: true, loading: saving, disabled: reason.trim().length < 2 }}
        onOk={submit}
        onCancel={() => {
          setOpen(false);
        }}
      >
        <Typography.Paragraph>
          撤回后报告从公开门户下线并恢复为草稿，可修改后重新发布。撤回原因将记入审计日志。
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder="撤回原因，如：数字有误，更正后重新发布"
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
          data-testid="report-withdraw-reason"
        />
        {error === null ? null : <Typography.Text type="danger">{error}</Typography.Text>}
      </Modal>
    </>
  );
}
