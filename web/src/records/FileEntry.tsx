// One file of a record: its name (a download link), size, who uploaded it and when, and its full
// SHA-256, so that a printed or forwarded copy can be checked against the record.
import { DeleteOutlined, FileOutlined } from "@ant-design/icons";
import { Button, Flex, Popconfirm, Typography } from "antd";
import { downloadUrl, type AttachmentView } from "../api/attachments";
import { formatDateTime } from "./format";

export function fileSize(bytes: number): string {
  // 20 MB, not 20.0 MB; 1.5 MB, 29.3 KB.
  const rounded = (value: number) => String(Number(value.toFixed(1)));
  if (bytes >= 1024 * 1024) return `${rounded(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${rounded(bytes / 1024)} KB`;
  return `${String(bytes)} 字节`;
}

interface FileEntryProps {
  file: AttachmentView;
  /** Removal offered (uploads, for those who may update the record); null: not offered. */
  onRemove: (() => void) | null;
}

export function FileEntry({ file, onRemove }: FileEntryProps) {
  return (
    <div className="file-entry" data-testid={`file-${String(file.id)}`}>
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <span>
          <FileOutlined />{" "}
          <a href={downloadUrl(file.id)} download={file.fileName} data-testid="file-download">
            {file.fileName}
          </a>
        </span>
        <Typography.Text type="secondary" className="file-meta">
          {fileSize(file.size)} · {file.uploadedBy ?? "系统"} · {formatDateTime(file.uploadedAt)}
          {onRemove === null ? null : (
            <Popconfirm
              title="删除此附件？"
              description="删除记入审计日志；已删除的文件不再显示。"
              okText="删除"
              cancelText="取消"
              onConfirm={onRemove}
            >
              <Button
                type="link"
                size="small"
                danger
                icon={<DeleteOutlined />}
                data-testid="file-remove"
              >
                删除
              </Button>
            </Popconfirm>
          )}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" className="file-hash">
        SHA-256：
        <Typography.Text code copyable={{ text: file.sha256 }} data-testid="file-sha256">
          {file.sha256}
        </Typography.Text>
      </Typography.Text>
    </div>
  );
}
