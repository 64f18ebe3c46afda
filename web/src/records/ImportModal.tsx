// 导入: the template to fill, the file, whether to check only or renumber, and the import as it
// runs (读取, 校验, 写入); then either the count imported or every problem, by row and column.
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Checkbox, Flex, Modal, Progress, Typography, Upload } from "antd";
import type { UploadFile } from "antd";
import { useState } from "react";
import {
  importFile,
  templateUrl,
  type ImportOutcome,
  type ImportPhase,
  type ImportProgress,
} from "../api/sheets";
import type { TypeMeta } from "../api/types";
import { errorText } from "../common/errors";
import { ImportProblems } from "./ImportProblems";
import "./import.css";

const PHASES: readonly { id: ImportPhase; label: string }[] = [
  { id: "reading", label: "读取" },
  { id: "checking", label: "校验" },
  { id: "writing", label: "写入" },
];

function ProgressView({ progress }: { progress: ImportProgress }) {
  const step = PHASES.findIndex((phase) => phase.id === progress.phase);
  const label = PHASES[step]?.label ?? "";
  // While reading the row count is unknown: the bar shows the phase done, not a made-up share.
  const share =
    progress.total === null || progress.total === 0 ? 0 : progress.done / progress.total;
  const percent = Math.floor(((step + share) / PHASES.length) * 100);
  const detail =
    progress.total === null
      ? `已读取 ${String(progress.done)} 行`
      : `${String(progress.done)} / ${String(progress.total)} 条`;
  return (
    <div data-testid="import-progress" className="import-progress">
      <Typography.Text>
        第 {step + 1} 步（共 3 步）：{label}，{detail}
      </Typography.Text>
      <Progress percent={percent} status="active" aria-label={`导入进度：${label}`} />
    </div>
  );
}

interface ImportModalProps {
  type: TypeMeta;
  /** Records were written: the list shows them. */
  onImported: () => void;
  onClose: () => void;
}

export function ImportModal({ type, onImported, onClose }: ImportModalProps) {
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [renumber, setRenumber] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const start = async () => {
    if (file === null) return;
    setRunning(true);
    setOutcome(null);
    setFailure(null);
    setProgress({ phase: "reading", done: 0, total: null });
    try {
      const result = await importFile(type.id, file, { dryRun, renumber }, setProgress);
      setOutcome(result);
      if (result.ok && !result.dryRun) {
        // Written: the same file again would import every record a second time.
        setFile(null);
        onImported();
      }
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  const fileList: UploadFile[] =
    file === null ? [] : [{ uid: "import-file", name: file.name, status: "done" }];

  return (
    <Modal
      open
      title={`导入${type.label}`}
      width={860}
      onCancel={onClose}
      mask={{ closable: false }}
      closable={!running}
      keyboard={!running}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose} disabled={running} data-testid="import-close">
            关闭
          </Button>
          <Button
            type="primary"
            disabled={file === null}
            loading={running}
            onClick={() => void start()}
            data-testid="import-start"
          >
            开始导入
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph>
        请按导入模板填写后上传 Excel（.xlsx）或 CSV 文件（UTF-8 或 GB18030 编码）。
        文件中的记录全部校验通过才会写入；有任何一处问题，一条也不导入。
      </Typography.Paragraph>
      <Button
        icon={<DownloadOutlined />}
        href={templateUrl(type.id)}
        className="import-template"
        data-testid="import-template"
      >
        下载导入模板
      </Button>
      <div data-testid="import-dragger">
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={fileList}
          disabled={running}
          beforeUpload={(chosen) => {
            // The file stays in the page until 开始导入; a new choice clears the last outcome.
            setFile(chosen);
            setOutcome(null);
            setFailure(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setOutcome(null);
          }}
          aria-label="选择要导入的文件"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或将文件拖到此处</p>
          <p className="ant-upload-hint">支持 .xlsx 和 .csv，每次一个文件</p>
        </Upload.Dragger>
      </div>
      <Flex gap={24} className="import-options" wrap>
        <Checkbox
          checked={dryRun}
          disabled={running}
          onChange={(event) => {
            setDryRun(event.target.checked);
          }}
          data-testid="import-dry-run"
        >
          仅校验（不写入）
        </Checkbox>
        <Checkbox
          checked={renumber}
          disabled={running}
          onChange={(event) => {
            setRenumber(event.target.checked);
          }}
          data-testid="import-renumber"
        >
          重新编号
          <Typography.Text type="secondary">（忽略文件中的编号，按规则重新生成）</Typography.Text>
        </Checkbox>
      </Flex>
      {progress === null ? null : <ProgressView progress={progress} />}
      {failure === null ? null : (
        <Alert type="error" showIcon title={failure} data-testid="import-failure" />
      )}
      {outcome === null ? null : outcome.ok ? (
        <Alert
          type="success"
          showIcon
          data-testid="import-success"
          title={
            (outcome.dryRun
              ? `校验通过：${String(outcome.imported)}条记录可以导入（未写入）`
              : `导入${String(outcome.imported)}条`) +
            (outcome.updated + outcome.unchanged > 0
              ? `；${outcome.dryRun ? "可" : "已"}更新已登记的${String(outcome.updated)}条，${String(outcome.unchanged)}条无变化`
              : "")
          }
        />
      ) : (
        <ImportProblems problems={outcome.problems} />
      )}
    </Modal>
  );
}
