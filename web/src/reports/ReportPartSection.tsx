// One part of the report under its headings: its paragraphs in order, and 添加段落.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Empty } from "antd";
import { useState } from "react";
import { addParagraph, type ReportPart } from "../api/reports";
import type { EditorEnv } from "./editorEnv";
import type { PartHeadings } from "./outline";
import { ParagraphEditor } from "./ParagraphEditor";
import { ParagraphItem } from "./ParagraphItem";

interface ReportPartSectionProps {
  part: ReportPart;
  headings: PartHeadings;
  isEmptyRequired: boolean;
  env: EditorEnv;
}

export function ReportPartSection({
  part,
  headings,
  isEmptyRequired,
  env,
}: ReportPartSectionProps) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const testId = `paragraph-new-${part.id}`;

  const add = async (text: string) => {
    await addParagraph(env.reportId, part.id, text);
    message.success("段落已添加");
    setAdding(false);
    env.onChanged();
  };

  return (
    <section className="report-part" data-testid={`report-part-${part.id}`}>
      {headings.chapter === null ? null : <h3 className="report-chapter">{headings.chapter}</h3>}
      {headings.heading === null ? null : <h4 className="report-heading">{headings.heading}</h4>}
      {isEmptyRequired ? (
        <Alert
          type="warning"
          showIcon
          className="paragraph-alert"
          title={`“${part.label}”是必填部分，尚无内容`}
        />
      ) : null}
      {part.paragraphs.length === 0 && !isEmptyRequired && !adding ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无内容" className="part-empty" />
      ) : null}
      {part.paragraphs.map((paragraph) => (
        <ParagraphItem key={paragraph.id} paragraph={paragraph} env={env} />
      ))}
      {env.readOnly ? null : adding ? (
        <ParagraphEditor
          initialText=""
          lookup={env.lookup}
          groups={env.groups}
          onSave={add}
          onCancel={() => {
            setAdding(false);
          }}
          onStale={env.onChanged}
          testId={testId}
        />
      ) : (
        <Button
          type="dashed"
          size="small"
          icon={<PlusOutlined />}
          className="paragraph-add"
          onClick={() => {
            setAdding(true);
          }}
          data-testid={`paragraph-add-${part.id}`}
        >
          添加段落
        </Button>
      )}
    </section>
  );
}
