// 附件与文书 on the detail page: each attachment field with its files and an upload button for
// those who may update the record, the notices generated so far, and 生成文书 with the notices
// the actions taken so far allow.
import { DownOutlined, FileWordOutlined, UploadOutlined } from "@ant-design/icons";
import { App, Button, Card, Dropdown, Empty, Flex, Typography } from "antd";
import { useRef, useState } from "react";
import {
  fetchRecordFiles,
  generateNotice,
  removeFile,
  uploadFile,
  type AttachmentView,
  type RecordFiles,
} from "../api/attachments";
import type { RecordView, TypeMeta } from "../api/types";
import { errorText } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { FileEntry, fileSize } from "./FileEntry";
import "./attachments.css";

interface FieldFilesProps {
  field: RecordFiles["fields"][number];
  help: string | undefined;
  files: readonly AttachmentView[];
  canUpload: boolean;
  maxBytes: number;
  onUpload: (file: File) => Promise<void>;
  onRemove: (file: AttachmentView) => void;
}

function FieldFiles({
  field,
  help,
  files,
  canUpload,
  maxBytes,
  onUpload,
  onRemove,
}: FieldFilesProps) {
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  return (
    <div className="attachment-field" data-testid={`attachments-${field.name}`}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{field.label}</Typography.Text>
        {!canUpload ? null : (
          <>
            <input
              ref={input}
              type="file"
              hidden
              accept=".pdf,.ofd,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
              data-testid={`upload-input-${field.name}`}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file === undefined) return;
                setUploading(true);
                void onUpload(file).finally(() => {
                  setUploading(false);
                });
              }}
            />
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={uploading}
              onClick={() => input.current?.click()}
              data-testid={`upload-${field.name}`}
            >
              {field.multiple || files.length === 0 ? "上传" : "重新上传"}
            </Button>
          </>
        )}
      </Flex>
      {help === undefined ? null : (
        <Typography.Text type="secondary" className="attachment-help">
          {help}（单个文件不超过{fileSize(maxBytes)}）
        </Typography.Text>
      )}
      {files.length === 0 ? (
        <Typography.Text type="secondary" className="attachment-none">
          暂无文件
        </Typography.Text>
      ) : (
        files.map((file) => (
          <FileEntry
            key={file.id}
            file={file}
            onRemove={
              canUpload
                ? () => {
                    onRemove(file);
                  }
                : null
            }
          />
        ))
      )}
    </div>
  );
}

interface AttachmentsCardProps {
  type: TypeMeta;
  record: RecordView;
  /** A file was added or removed: the record's history has a new entry to show. */
  onChange: () => void;
}

export function AttachmentsCard({ type, record, onChange }: AttachmentsCardProps) {
  const { message } = App.useApp();
  // Reloaded with each new version: an action may open a notice, a final state closes uploads.
  const files = useLoad(
    () => fetchRecordFiles(type.id, record.id),
    [type.id, record.id, record.version],
  );
  const [generating, setGenerating] = useState(false);
  const data = files.data;
  if (data === null) return null;
  const notices = data.items.filter((file) => file.kind === "notice");
  if (data.fields.length === 0 && notices.length === 0 && data.templates.length === 0) return null;

  const upload = async (field: string, file: File) => {
    try {
      const stored = await uploadFile(type.id, record.id, field, file);
      message.success(`已上传：${stored.fileName}`);
      files.reload();
      onChange();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const remove = async (file: AttachmentView) => {
    try {
      await removeFile(file.id);
      message.success(`已删除：${file.fileName}`);
      files.reload();
      onChange();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const generate = async (template: string) => {
    setGenerating(true);
    try {
      const notice = await generateNotice(type.id, record.id, template);
      message.success(`已生成：${notice.documentNumber ?? notice.fileName}`);
      files.reload();
      onChange();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setGenerating(false);
    }
  };

  return (
    <Card
      title="附件与文书"
      size="small"
      className="page-card"
      data-testid="attachments"
      extra={
        data.templates.length === 0 ? null : (
          <Dropdown
            trigger={["click"]}
            menu={{
              items: data.templates.map((template) => ({
                key: template.id,
                label: <span data-testid={`notice-${template.id}`}>{template.label}</span>,
              })),
              onClick: ({ key }) => void generate(key),
            }}
          >
            <Button
              size="small"
              icon={<FileWordOutlined />}
              loading={generating}
              data-testid="notice-menu"
            >
              生成文书 <DownOutlined />
            </Button>
          </Dropdown>
        )
      }
    >
      {data.fields.map((field) => (
        <FieldFiles
          key={field.name}
          field={field}
          help={type.fields.find((candidate) => candidate.name === field.name)?.help}
          files={data.items.filter((file) => file.kind === "upload" && file.field === field.name)}
          canUpload={data.canUpload}
          maxBytes={data.maxBytes}
          onUpload={(file) => upload(field.name, file)}
          onRemove={(file) => void remove(file)}
        />
      ))}
      <div className="attachment-field" data-testid="notices">
        <Typography.Text strong>已生成的文书</Typography.Text>
        {notices.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未生成文书" />
        ) : (
          notices.map((file) => <FileEntry key={file.id} file={file} onRemove={null} />)
        )}
      </div>
    </Card>
  );
}
