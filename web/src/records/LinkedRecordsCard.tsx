// On a record's page: the records of other types that link to it (the follow-ups of an instruction
// or of an overdue case) with their state and due date, and, for a user who may create one, the
// button that starts a new one linked to this record (发起督办).
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, List, Space, Tag } from "antd";
import { fetchLinked } from "../api/records";
import type { Field, TypeMeta } from "../api/types";
import { useSession } from "../auth/session";
import { useLoad } from "../common/useLoad";
import { Link } from "../router/Link";
import { navigate } from "../router/history";
import { paths } from "../router/routes";
import { DueTag } from "./DueTag";
import { stateOf } from "./tones";

/** Types with a link field that may point at `target`, with that field. */
export function linkingTypes(types: readonly TypeMeta[], target: string) {
  return types.flatMap((type) =>
    type.fields
      .filter(
        (field): field is Field =>
          field.kind === "record" && (field.types === undefined || field.types.includes(target)),
      )
      .map((field) => ({ type, field })),
  );
}

interface LinkedRecordsCardProps {
  type: TypeMeta;
  id: number;
  /**
   * The record's version: an action or save may create records linking here (现场抽取 creates the
   * plan's inspection results), so a new version reads the linked records again.
   */
  version: number;
}

export function LinkedRecordsCard({ type, id, version }: LinkedRecordsCardProps) {
  const { types } = useSession();
  const linking = linkingTypes(types, type.id).filter((item) => item.type.id !== type.id);
  const linked = useLoad(
    () => (linking.length === 0 ? Promise.resolve({ items: [] }) : fetchLinked(type.id, id)),
    [type.id, id, version],
  );
  const items = linked.data?.items ?? [];
  // A start button only where the declaration names one (发起督办), for those who may create.
  const starts = linking.filter(
    (item) => item.type.canCreate && item.field.startLabel !== undefined,
  );
  // The types shown: those with records linking here, and those one may start from here.
  const shownTypes = types.filter(
    (candidate) =>
      items.some((item) => item.recordType === candidate.id) ||
      starts.some((item) => item.type.id === candidate.id),
  );
  if (shownTypes.length === 0) return null;
  return (
    <Card
      title={shownTypes.map((candidate) => candidate.label).join("、")}
      size="small"
      className="page-card"
      data-testid="linked-records"
      extra={
        <Space>
          {starts.map(({ type: linkingType, field }) => (
            <Button
              key={`${linkingType.id}.${field.name}`}
              size="small"
              icon={<PlusOutlined />}
              data-testid={`start-${linkingType.id}`}
              onClick={() => {
                const query = `?${field.name}=${encodeURIComponent(`${type.id}:${String(id)}`)}`;
                navigate(`${paths.create(linkingType.id)}${query}`);
              }}
            >
              {field.startLabel}
            </Button>
          ))}
        </Space>
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无关联记录" />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => {
            const itemType = types.find((candidate) => candidate.id === item.recordType);
            const state = itemType ? stateOf(itemType, item.state) : null;
            return (
              <List.Item data-testid={`linked-${item.recordType}-${String(item.id)}`}>
                <Space wrap>
                  <Link to={paths.detail(item.recordType, item.id)}>
                    {item.recordNumber ?? `#${String(item.id)}`}
                  </Link>
                  <span>{item.title}</span>
                  {state === null ? null : (
                    <Tag color={state.tone} data-testid="linked-state">
                      {state.label}
                    </Tag>
                  )}
                  {item.nextDue === null ? null : <DueTag due={item.nextDue} />}
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
