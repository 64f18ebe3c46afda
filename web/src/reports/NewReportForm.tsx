// 新建年度报告: an organisation and a year; the server drafts the parts from the record types.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Form, TreeSelect } from "antd";
import { useState } from "react";
import { createReport } from "../api/reports";
import { errorText } from "../common/errors";
import { defaultYear } from "../indicators/indicatorQuery";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { YearField } from "./YearField";

interface NewReportValues {
  org: number;
  year: number;
}

export function NewReportForm({ onCreated }: { onCreated: (id: number) => void }) {
  const { message } = App.useApp();
  const orgs = useOrgOptions();
  const [form] = Form.useForm<NewReportValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: NewReportValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const { id } = await createReport(values.org, values.year);
      message.success("年度报告已创建");
      onCreated(id);
    } catch (error) {
      setSaving(false);
      setFailure(errorText(error));
    }
  };

  return (
    <>
      {failure === null ? null : (
        <Alert type="error" showIcon title={failure} className="form-alert" />
      )}
      <Form<NewReportValues>
        form={form}
        layout="inline"
        initialValues={{ year: defaultYear() }}
        onFinish={(values) => void submit(values)}
        className="new-report-form"
      >
        <Form.Item name="org" label="单位" rules={[{ required: true, message: "请选择单位" }]}>
          <TreeSelect<number>
            treeData={orgs.tree}
            loading={orgs.loading}
            treeDefaultExpandAll
            showSearch={{ treeNodeFilterProp: "title" }}
            listHeight={360}
            placeholder="选择单位"
            className="org-select"
            data-testid="report-new-org"
          />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: "请选择年度" }]}>
          <YearField />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlusOutlined />}
            loading={saving}
            data-testid="report-new-submit"
          >
            新建年度报告
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
