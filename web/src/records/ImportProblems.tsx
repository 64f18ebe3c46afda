// What stops an import, as the server names it: sheet, row and column, in a paged table the
// person works through with the file open, and as a sheet to download and keep beside it.
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Table } from "antd";
import { useState } from "react";
import { problemSheet, type SheetProblem } from "../api/sheets";
import { errorText } from "../common/errors";
import { saveBlob } from "../common/download";

const COLUMNS = [
  { title: "工作表", dataIndex: "sheet", key: "sheet", width: 140 },
  {
    title: "行号",
    dataIndex: "line",
    key: "line",
    width: 72,
    // Line 0 is the file or the sheet as a whole.
    render: (line: number) => (line === 0 ? "—" : line),
  },
  { title: "列", dataIndex: "column", key: "column", width: 150 },
  { title: "问题", dataIndex: "message", key: "message" },
];

export function ImportProblems({ problems }: { problems: readonly SheetProblem[] }) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const download = async () => {
    setSaving(true);
    try {
      saveBlob(await problemSheet(problems), "导入问题.xlsx");
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div data-testid="import-problems">
      <Flex justify="space-between" align="center" gap={12} className="import-problems-head">
        <Alert
          type="error"
          showIcon
          title={`文件中有 ${String(problems.length)} 处问题，未导入任何记录。请在文件中改正后重新上传。`}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={saving}
          onClick={() => void download()}
          data-testid="import-problems-download"
        >
          下载问题清单
        </Button>
      </Flex>
      <Table<SheetProblem & { key: number }>
        size="small"
        columns={COLUMNS}
        dataSource={problems.map((problem, key) => ({ ...problem, key }))}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 处` }}
        tableLayout="auto"
      />
    </div>
  );
}
