// One paragraph: its text with figure chips, who changed it last; edit in place, history, delete.
import { DeleteOutlined, EditOutlined, HistoryOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../api/client";
import { deleteParagraph, saveParagraph, type Paragraph } from "../api/reports";
import { errorText } from "../common/errors";
import { formatDateTime } from "../records/format";
import type { EditorEnv } from "./editorEnv";
import { FigureText } from "./FigureText";
import { ParagraphEditor } from "./ParagraphEditor";

export function ParagraphItem({ paragraph, env }: { paragraph: Paragraph; env: EditorEnv }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const testId = `paragraph-${paragraph.id}`;

  const save = async (text: string) => {
    await saveParagraph(env.reportId, paragraph.id, paragraph.version, text);
    message.success("段落已保存");
    setEditing(false);
    env.onChanged();
  };

  const remove = async () => {
    setDeleting(true);
    try {
      await deleteParagraph(env.reportId, paragraph.id, paragraph.version);
      message.success("段落已删除");
    } catch (error) {
      message.error(
        error instanceof ApiError && error.status === 409
          ? "该段落已被他人修改，已刷新为最新内容"
          : errorText(error),
      );
    } finally {
      setDeleting(false);
      env.onChanged();
    }
  };

  if (editing) {
    return (
      <ParagraphEditor
        initialText={paragraph.text}
        lookup={env.lookup}
        groups={env.groups}
        onSave={save}
        onCancel={() => {
          setEditing(false);
        }}
        onStale={() => {
          setEditing(false);
          env.onChanged();
        }}
        testId={testId}
      />
    );
  }

  return (
    <div className="paragraph" data-testid={testId}>
      <div className="paragraph-body" data-testid={`${testId}-text`}>
        <FigureText text={paragraph.text} lookup={env.lookup} />
      </div>
      <div className="paragraph-meta">
        <Typography.Text type="secondary">
          第{paragraph.version}版 · {paragraph.updatedByName ?? "系统"} ·{" "}
          {formatDateTime(paragraph.updatedAt)}
        </Typography.Text>
        <span className="paragraph-actions">
          <Button
            type="link"
            size="small"
            icon={<HistoryOutlined />}
            onClick={() => {
              env.onHistory(paragraph);
            }}
            data-testid={`${testId}-history`}
          >
            历史
          </Button>
          {env.readOnly ? null : (
            <>
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => {
                  setEditing(true);
                }}
                data-testid={`${testId}-edit`}
              >
                编辑
              </Button>
              <Popconfirm
                title="删除此段落？"
                description="删除后可在历史中查看原文。"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => void remove()}
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  loading={deleting}
                  data-testid={`${testId}-delete`}
                >
                  删除
                </Button>
              </Popconfirm>
            </>
          )}
        </span>
      </div>
    </div>
  );
}
