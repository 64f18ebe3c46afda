// The list's search form, generated from `list.filters`: keyword, state, declared filters, overdue.
import { Button, Col, Form, Input, Row, Select, Space, Switch } from "antd";
import { useEffect } from "react";
import type { Field, TypeMeta } from "../api/types";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { FilterItem } from "./FilterItem";
import { filterFormValues, filtersOf, type FilterValues } from "./filterValues";
import { filterFields, type ListQuery } from "./listQuery";

interface FilterBarProps {
  type: TypeMeta;
  query: ListQuery;
  onSearch: (changes: Pick<ListQuery, "q" | "state" | "overdue" | "filters">) => void;
  /** Back to the unfiltered list in its default order. */
  onReset: () => void;
}

/** Kinds whose filter is typed rather than picked. */
const TYPED_KINDS = new Set<Field["kind"]>([
  "text",
  "longText",
  "idNumber",
  "creditCode",
  "phone",
  "integer",
  "money",
]);

export function FilterBar({ type, query, onSearch, onReset }: FilterBarProps) {
  const [form] = Form.useForm<FilterValues>();
  const orgs = useOrgOptions();
  const fields = filterFields(type);

  // Follow the URL (back/forward, reset, a link from elsewhere).
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(filterFormValues(type, query));
  }, [form, type, query]);

  const apply = (values: FilterValues) => {
    onSearch({
      q: typeof values.q === "string" ? values.q.trim() : "",
      state: typeof values.state === "string" ? values.state : "",
      overdue: values.overdue === true,
      filters: filtersOf(type, values),
    });
  };

  // Typing waits for Enter or 查询; picking, switching or clearing a box searches at once.
  const onValuesChange = (changed: FilterValues, all: FilterValues) => {
    const typing = Object.entries(changed).some(
      ([key, value]) =>
        value !== "" &&
        value !== null &&
        value !== undefined &&
        (key === "q" ||
          fields.some(
            (field) =>
              TYPED_KINDS.has(field.kind) &&
              (key === field.name || key.startsWith(`${field.name}.`)),
          )),
    );
    if (!typing) apply(all);
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
        {type.clocks.length === 0 ? null : (
          <Col {...col}>
            <Form.Item label="只看逾期" name="overdue" valuePropName="checked">
              <Switch data-testid="filter-overdue" />
            </Form.Item>
          </Col>
        )}
        <Col flex="auto" className="filter-buttons">
          <Space>
            <Button type="primary" htmlType="submit" data-testid="filter-submit">
              查询
            </Button>
            <Button onClick={onReset} data-testid="filter-reset">
              重置
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
