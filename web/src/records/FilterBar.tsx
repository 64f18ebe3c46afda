// The list's search form, generated from `list.filters`: keyword, state, declared filters, overdue.
import {
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  TreeSelect,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, type ReactNode } from "react";
import type { Field, TypeMeta } from "../api/types";
import { useOrgOptions, type OrgTreeNode } from "../orgs/useOrgOptions";
import { filterFields, isRangeKind, type ListQuery } from "./listQuery";

type FilterValues = Record<string, unknown>;

interface FilterBarProps {
  type: TypeMeta;
  query: ListQuery;
  onSearch: (changes: Pick<ListQuery, "q" | "state" | "overdue" | "filters">) => void;
}

/** Text and number inputs apply on Enter or 查询; pickers and switches apply at once. */
const TYPED_KINDS = new Set<Field["kind"]>([
  "text",
  "longText",
  "idNumber",
  "creditCode",
  "phone",
  "integer",
  "money",
]);

function toFormValues(type: TypeMeta, query: ListQuery): FilterValues {
  const values: FilterValues = {
    q: query.q,
    state: query.state || undefined,
    overdue: query.overdue,
  };
  for (const field of filterFields(type)) {
    const from = query.filters[`${field.name}.from`];
    const to = query.filters[`${field.name}.to`];
    const equal = query.filters[field.name];
    if (field.kind === "date")
      values[field.name] = [from ? dayjs(from) : null, to ? dayjs(to) : null];
    else if (isRangeKind(field.kind)) {
      values[`${field.name}.from`] = from === undefined ? undefined : Number(from);
      values[`${field.name}.to`] = to === undefined ? undefined : Number(to);
    } else if (equal !== undefined)
      values[field.name] = field.kind === "org" ? Number(equal) : equal;
  }
  return values;
}

function toFilters(type: TypeMeta, values: FilterValues): Record<string, string> {
  const filters: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    if (typeof value === "number" || (typeof value === "string" && value.trim() !== "")) {
      filters[key] = String(value).trim();
    }
  };
  for (const field of filterFields(type)) {
    if (field.kind === "date") {
      const [from, to] = (values[field.name] ?? []) as (Dayjs | null)[];
      put(`${field.name}.from`, from?.format("YYYY-MM-DD"));
      put(`${field.name}.to`, to?.format("YYYY-MM-DD"));
    } else if (isRangeKind(field.kind)) {
      put(`${field.name}.from`, values[`${field.name}.from`]);
      put(`${field.name}.to`, values[`${field.name}.to`]);
    } else if (typeof values[field.name] === "boolean") put(field.name, String(values[field.name]));
    else put(field.name, values[field.name]);
  }
  return filters;
}

function filterInput(field: Field, orgTree: OrgTreeNode[]): ReactNode {
  switch (field.kind) {
    case "choice":
      return <Select allowClear placeholder="全部" options={field.options ?? []} />;
    case "boolean":
      return (
        <Select
          allowClear
          placeholder="全部"
          options={[
            { value: "true", label: "是" },
            { value: "false", label: "否" },
          ]}
        />
      );
    case "org":
      return (
        <TreeSelect
          allowClear
          showSearch={{ treeNodeFilterProp: "title" }}
          placeholder="全部"
          treeData={orgTree}
          treeDefaultExpandAll
          listHeight={360}
        />
      );
    case "date":
      return <DatePicker.RangePicker allowEmpty={[true, true]} className="filter-range" />;
    default:
      return <Input allowClear placeholder="请输入" />;
  }
}

function FilterItem({ field, orgTree }: { field: Field; orgTree: OrgTreeNode[] }) {
  if (isRangeKind(field.kind) && field.kind !== "date") {
    return (
      <Form.Item label={field.label}>
        <Space.Compact block>
          <Form.Item name={`${field.name}.from`} noStyle>
            <InputNumber placeholder="最小" className="filter-number" />
          </Form.Item>
          <Form.Item name={`${field.name}.to`} noStyle>
            <InputNumber placeholder="最大" className="filter-number" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
    );
  }
  return (
    <Form.Item label={field.label} name={field.name}>
      {filterInput(field, orgTree)}
    </Form.Item>
  );
}

export function FilterBar({ type, query, onSearch }: FilterBarProps) {
  const [form] = Form.useForm<FilterValues>();
  const orgs = useOrgOptions();
  const fields = filterFields(type);

  // Follow the URL (back/forward, reset, a link from elsewhere).
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toFormValues(type, query));
  }, [form, type, query]);

  const apply = (values: FilterValues) => {
    onSearch({
      q: typeof values.q === "string" ? values.q.trim() : "",
      state: typeof values.state === "string" ? values.state : "",
      overdue: values.overdue === true,
      filters: toFilters(type, values),
    });
  };

  const onValuesChange = (changed: FilterValues, all: FilterValues) => {
    const typed = Object.keys(changed).some(
      (key) =>
        key === "q" ||
        fields.some((field) => key.startsWith(field.name) && TYPED_KINDS.has(field.kind)),
    );
    if (!typed) apply(all);
  };

  const col = { xs: 24, md: 12, xl: 8, xxl: 6 };
  return (
    <Form
      form={form}
      onFinish={apply}
      onValuesChange={onValuesChange}
      className="filter-bar"
      labelCol={{ flex: "112px" }}
      labelWrap
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item label="关键词" name="q">
            <Input allowClear placeholder="输入后按回车查询" data-testid="filter-q" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="状态" name="state">
            <Select
              allowClear
              placeholder="全部"
              options={type.states.map((state) => ({ value: state.id, label: state.label }))}
              data-testid="filter-state"
            />
          </Form.Item>
        </Col>
        {fields.map((field) => (
          <Col key={field.name} {...col}>
            <FilterItem field={field} orgTree={orgs.tree} />
          </Col>
        ))}
        <Col {...col}>
          <Form.Item label="只看逾期" name="overdue" valuePropName="checked">
            <Switch data-testid="filter-overdue" />
          </Form.Item>
        </Col>
        <Col flex="auto" className="filter-buttons">
          <Space>
            <Button type="primary" htmlType="submit" data-testid="filter-submit">
              查询
            </Button>
            <Button
              onClick={() => {
                apply({});
              }}
              data-testid="filter-reset"
            >
              重置
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
