// One record: its fields, statutory clocks, the actions open to the user, and its history.
import { EditOutlined } from "@ant-design/icons";
import { Button, Card, Col, Row, Spin, Typography } from "antd";
import { useState } from "react";
import { getRecord } from "../api/records";
import type { ActionView, RecordView, RevealResponse, TypeMeta } from "../api/types";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { navigate } from "../router/history";
import { paths } from "../router/routes";
import { ActionBar } from "./ActionBar";
import { ActionModal } from "./ActionModal";
import { AttachmentsCard } from "./AttachmentsCard";
import { ChecklistCard } from "./ChecklistCard";
import { ClockCard } from "./ClockCard";
import { formatDateTime, formatValue } from "./format";
import { HistoryTimeline } from "./HistoryTimeline";
import { LinkedRecordsCard } from "./LinkedRecordsCard";
import { PublicationCard } from "./PublicationCard";
import { RecordFields } from "./RecordFields";
import { RevealButton } from "./RevealButton";
import { StateTag } from "./StateTag";

export function DetailPage({ type, id }: { type: TypeMeta; id: string }) {
  const record = useLoad(() => getRecord(type.id, id), [type.id, id]);
  const [action, setAction] = useState<ActionView | null>(null);
  // Full identifiers of one version of the record; a new version shows masked values again.
  const [revealed, setRevealed] = useState<{ version: number; values: RevealResponse["values"] }>();
  // Publishing and files do not change the record's version; its history is read again after them.
  const [historyReads, setHistoryReads] = useState(0);

  if (record.data === null) {
    if (record.error !== null) return <LoadFailed error={record.error} onRetry={record.reload} />;
    return <Spin className="page-spin" />;
  }
  const current: RecordView = record.data;
  const fullValues = revealed?.version === current.version ? revealed.values : null;
  const shown: RecordView =
    fullValues === null ? current : { ...current, values: { ...current.values, ...fullValues } };
  const titleField = type.fields.find((field) => field.name === type.titleField);
  const subject =
    titleField === undefined
      ? null
      : formatValue(titleField, current.values[titleField.name], current.display);

  const done = (updated: RecordView) => {
    setAction(null);
    record.setData(updated);
  };
  const stale = () => {
    setAction(null);
    record.reload();
  };

  return (
    <Spin spinning={record.loading}>
      <PageHeader
        crumbs={[
          { title: type.label, to: paths.list(type.id) },
          { title: current.recordNumber ?? "记录" },
        ]}
        title={
          <span data-testid="record-title">
            {current.recordNumber ?? `#${current.id}`}
            {subject === null ? null : <span className="title-subject">{subject}</span>}
          </span>
        }
        tags={<StateTag type={type} state={current.state} />}
        extra={
          <>
            <ActionBar actions={current.actions} onTake={setAction} />
            {!current.canEdit ? null : (
              <Button
                icon={<EditOutlined />}
                onClick={() => {
                  navigate(paths.edit(type.id, current.id));
                }}
                data-testid="record-edit"
              >
                编辑
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            title="基本信息"
            size="small"
            className="page-card"
            extra={
              <RevealButton
                type={type}
                record={current}
                revealed={fullValues}
                onChange={(values) => {
                  setRevealed(values === null ? undefined : { version: current.version, values });
                }}
              />
            }
          >
            <RecordFields type={type} record={shown} />
            <Typography.Text type="secondary" className="record-meta">
              登记于 {formatDateTime(current.createdAt)} · 最后更新{" "}
              {formatDateTime(current.updatedAt)}
            </Typography.Text>
          </Card>
          <AttachmentsCard
            type={type}
            record={current}
            onChange={() => {
              setHistoryReads((n) => n + 1);
            }}
          />
        </Col>
        <Col xs={24} xl={9}>
          <ChecklistCard checklists={current.checklists} />
          {type.clocks.length === 0 ? null : <ClockCard clocks={current.clocks} />}
          {type.publication === null ? null : (
            <PublicationCard
              typeId={type.id}
              recordId={current.id}
              version={current.version}
              onChange={() => {
                setHistoryReads((n) => n + 1);
                record.reload();
              }}
            />
          )}
          <LinkedRecordsCard type={type} id={current.id} version={current.version} />
          <Card title="办理记录" size="small" className="page-card" data-testid="history">
            <HistoryTimeline
              key={historyReads}
              type={type}
              id={current.id}
              version={current.version}
            />
          </Card>
        </Col>
      </Row>
      {action === null ? null : (
        <ActionModal
          type={type}
          record={current}
          action={action}
          onDone={done}
          onStale={stale}
          onCancel={() => {
            setAction(null);
          }}
        />
      )}
    </Spin>
  );
}
