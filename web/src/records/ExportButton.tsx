// 导出: the list's records (same filters and order) as .xlsx, or CSV from the menu. The server
// reports rows written while it makes the file; the bar shows them, then the file is downloaded.
import { DownOutlined, DownloadOutlined } from "@ant-design/icons";
import { App, Button, Dropdown, Modal, Progress, Space, Typography } from "antd";
import { useRef, useState } from "react";
import type { QueryParams } from "../api/client";
import { runExport, type ExportProgress } from "../api/sheets";
import type { TypeMeta } from "../api/types";
import { saveUrl } from "../common/download";
import { errorText } from "../common/errors";

type Format = "xlsx" | "csv";

export function ExportButton({ type, query }: { type: TypeMeta; query: QueryParams }) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async (format: Format) => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: 0 });
    try {
      const outcome = await runExport(
        type.id,
        { ...query, format },
        setProgress,
        controller.signal,
      );
      if (outcome.ok) {
        saveUrl(outcome.download);
        message.success(`已导出${String(outcome.rows)}条`);
      } else {
        message.error(outcome.message);
      }
    } catch (error) {
      if (!controller.signal.aborted) message.error(errorText(error));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const percent =
    progress === null || progress.total === 0
      ? 0
      : Math.floor((progress.done / progress.total) * 100);

  return (
    <>
      <Space.Compact>
        <Button
          icon={<DownloadOutlined />}
          loading={progress !== null}
          onClick={() => void start("xlsx")}
          data-testid="record-export"
        >
          导出
        </Button>
        <Dropdown
          trigger={["click"]}
          disabled={progress !== null}
          menu={{
            items: [
              { key: "xlsx", label: "导出为 Excel（.xlsx）" },
              { key: "csv", label: <span data-testid="record-export-csv">导出为 CSV</span> },
            ],
            onClick: ({ key }) => void start(key === "csv" ? "csv" : "xlsx"),
          }}
        >
          <Button
            icon={<DownOutlined />}
            aria-label="选择导出格式"
            data-testid="record-export-menu"
          />
        </Dropdown>
      </Space.Compact>
      <Modal
        open={progress !== null}
        title={`导出${type.label}`}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button
            onClick={() => {
              abort.current?.abort();
            }}
            data-testid="export-cancel"
          >
            取消导出
          </Button>
        }
      >
        <div data-testid="export-progress">
          <Typography.Text>
            {progress === null || progress.total === 0
              ? "正在准备…"
              : `已写入 ${String(progress.done)} / ${String(progress.total)} 条`}
          </Typography.Text>
          <Progress percent={percent} status="active" aria-label="导出进度" />
        </div>
      </Modal>
    </>
  );
}
