// 法治考核: the schemes the user may open, newest year first, and (for the rule-of-law office) a
// form to start the year's scheme from the national default or from the previous year's.
import {
  Button,
  Card,
  Form,
  InputNumber,
  Select,
  Table,
  Tag,
  message,
  type TableColumnsType,
} from "antd";
import { useState } from "react";
import { createScheme, listSchemes, type Scheme } from "../api/assessment";
import { useSession } from "../auth/session";
import { errorText } from "../common/errors";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { defaultOrg } from "../indicators/indicatorQuery";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { navigate } from "../router/history";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { canEditSchemes } from "./access";
import { STATUS_COLORS, STATUS_LABELS } from "./labels";

const columns: TableColumnsType<Scheme> = [
  {
    key: "title",
    title: "考核方案",
    render: (_, scheme) => (
      <Link to={paths.scheme(scheme.id)} data-testid={`scheme-link-${String(scheme.year)}`}>
        {scheme.title}
      </Link>
    ),
  },
  {
    key: "year",
    title: "年度",
    className: "nowrap",
    render: (_, scheme) => `${String(scheme.year)}年`,
  },
  {
    key: "status",
    title: "状态",
    className: "nowrap",
    render: (_, scheme) => (
      <Tag color={STATUS_COLORS[scheme.status]}>{STATUS_LABELS[scheme.status]}</Tag>
    ),
  },
];

function NewSchemeForm() {
  const orgs = useOrgOptions();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ year: number; source: "national-2021" | "previous" }>();
  const submit = async (values: { year: number; source: "national-2021" | "previous" }) => {
    const org = defaultOrg(orgs.tree);
    if (org === null) return;
    setBusy(true);
    try {
      const { id } = await createScheme({ org, year: values.year, source: values.source });
      navigate(paths.scheme(id));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(values) => void submit(values)}
      initialValues={{ year: new Date().getFullYear(), source: "previous" }}
    >
      <Form.Item name="year" label="考核年度" rules={[{ required: true, message: "请填写年度" }]}>
        <InputNumber min={2000} max={2100} data-testid="scheme-year" />
      </Form.Item>
      <Form.Item name="source" label="方案来源">
        <Select
          style={{ width: 300 }}
          options={[
            { value: "previous", label: "复制上一年度方案" },
            { value: "national-2021", label: "市县法治政府建设示范指标体系（2021年版）" },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="scheme-create">
        新建考核方案
      </Button>
    </Form>
  );
}

export function AssessmentPage() {
  const { me } = useSession();
  const schemes = useLoad(listSchemes, []);
  return (
    <>
      <PageHeader crumbs={[{ title: "法治督察" }, { title: "法治考核" }]} title="法治考核" />
      {canEditSchemes(me) ? (
        <Card className="page-card" size="small" title="新建年度考核方案">
          <NewSchemeForm />
        </Card>
      ) : null}
      <Card className="page-card">
        {schemes.error !== null ? (
          <LoadFailed error={schemes.error} onRetry={schemes.reload} />
        ) : (
          <div data-testid="scheme-list">
            <Table<Scheme>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={schemes.data?.items ?? []}
              loading={schemes.loading}
              pagination={false}
              locale={{ emptyText: "尚无考核方案" }}
            />
          </div>
        )}
      </Card>
    </>
  );
}
