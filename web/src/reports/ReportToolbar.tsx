// The report's buttons: details, preview, Word and HTML export, and publication.
import {
  EditOutlined,
  EyeOutlined,
  FileTextOutlined,
  FileWordOutlined,
  SendOutlined,
} from "@ant-design/icons";
import { Button, Tooltip } from "antd";
import { previewUrl, reportExportUrl, type ReportView } from "../api/reports";
import { problemCount } from "./ProblemsCard";

interface ReportToolbarProps {
  view: ReportView;
  /** A draft the user may write: 报告信息 and 发布 are offered. */
  canWrite: boolean;
  onEditInfo: () => void;
  onPublish: () => void;
}

export function ReportToolbar({ view, canWrite, onEditInfo, onPublish }: ReportToolbarProps) {
  const { report } = view;
  const blocked = problemCount(view) > 0 ? "请先处理“发布前检查”中列出的问题" : null;
  const publish = (
    <Button
      type="primary"
      icon={<SendOutlined />}
      disabled={blocked !== null}
      onClick={onPublish}
      data-testid="report-publish"
    >
      发布
    </Button>
  );
  return (
    <>
      {canWrite ? (
        <Button icon={<EditOutlined />} onClick={onEditInfo} data-testid="report-info">
          报告信息
        </Button>
      ) : null}
      <Button
        icon={<EyeOutlined />}
        href={previewUrl(report.id)}
        target="_blank"
        rel="noopener"
        data-testid="report-preview"
      >
        预览
      </Button>
      <Button
        icon={<FileWordOutlined />}
        href={reportExportUrl(report.id, "docx")}
        data-testid="report-export-docx"
      >
        导出Word
      </Button>
      <Button
        icon={<FileTextOutlined />}
        href={reportExportUrl(report.id, "html")}
        data-testid="report-export-html"
      >
        导出HTML
      </Button>
      {!canWrite ? null : blocked === null ? (
        publish
      ) : (
        <Tooltip title={blocked}>
          <span className="blocked-action">{publish}</span>
        </Tooltip>
      )}
    </>
  );
}
