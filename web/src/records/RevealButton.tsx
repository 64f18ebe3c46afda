// 查看完整信息: fetches the full ID and phone numbers of the record (the server audits the read);
// 隐藏完整信息 masks them again without asking the server.
import { EyeInvisibleOutlined, EyeOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { revealSensitive } from "../api/records";
import type { RecordView, RevealResponse, TypeMeta } from "../api/types";
import { errorText } from "../common/errors";

interface RevealButtonProps {
  type: TypeMeta;
  record: RecordView;
  /** The full values, or null to show the masked ones. */
  revealed: RevealResponse["values"] | null;
  onChange: (revealed: RevealResponse["values"] | null) => void;
}

export function RevealButton({ type, record, revealed, onChange }: RevealButtonProps) {
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  if (record.revealable.length === 0) return null;
  if (revealed !== null) {
    return (
      <Button
        size="small"
        icon={<EyeInvisibleOutlined />}
        onClick={() => {
          onChange(null);
        }}
        data-testid="record-hide"
      >
        隐藏完整信息
      </Button>
    );
  }
  const reveal = async () => {
    setLoading(true);
    try {
      onChange((await revealSensitive(type.id, record.id)).values);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button
      size="small"
      icon={<EyeOutlined />}
      loading={loading}
      title="显示完整的身份证号和电话号码（查看将记入审计日志）"
      onClick={() => void reveal()}
      data-testid="record-reveal"
    >
      查看完整信息
    </Button>
  );
}
