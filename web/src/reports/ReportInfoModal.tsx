// 报告信息: the title, the issuing bodies and the date written under them.
import { Alert, App, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError } from "../api/client";
import { updateReport, type Report } from "../api/reports";
import { applyProblems, errorText } from "../common/errors";

interface InfoValues {
  title: string;
  issuers: string;
  issuedOn: Dayjs | null;
}

interface ReportInfoModalProps {
  report: Report;
  onSaved: (report: Report) => void;
  onStale: () => void;
  onCancel: () => void;
}

export function ReportInfoModal({ report, onSaved, onStale, onCancel }: ReportInfoModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InfoValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: InfoValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const saved = await updateReport(report.id, report.version, {
        title: values.title.trim(),
        issuers: values.issuers.trim(),
        issuedOn: values.issuedOn === null ? null : values.issuedOn.format("YYYY-MM-DD"),
      });
      message.success("报告信息已保存");
      onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.status === 409) {
        message.warning("报告已被他人修改，已刷新为最新内容");
        onStale();
        return;
      }
      const rest =
        error instanceof ApiError
          ? applyProblems(form, ["title", "issuers", "issuedOn"], error.problems)
          : [];
      setFailure(
        rest.length > 0 ? rest.map((problem) => problem.message).join("；") : errorText(error),
      );
    }
  };

  return (
    <Modal
      open
      title="报告信息"
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => {
        form.submit();
      }}
      onCancel={onCancel}
      destroyOnHidden
    >
      {failure === null ? null : (
        <Alert type="error" showIcon title={failure} className="form-alert" />
      )}
      <Form<InfoValues>
        form={form}
        layout="vertical"
        initialValues={{
          title: report.title,
          issuers: report.issuers,
          issuedOn: report.issuedOn === null ? null : dayjs(report.issuedOn),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="title"
          label="标题"
          rules={[{ required: true, whitespace: true, message: "请填写标题" }]}
        >
          <Input data-testid="report-title-input" />
        </Form.Item>
        <Form.Item
          name="issuers"
          label="发文机关"
          extra="落款的机关名称，多个机关以空格分隔，如：中共侯马市委 侯马市人民政府"
          rules={[{ required: true, whitespace: true, message: "请填写发文机关" }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="issuedOn" label="成文日期">
          <DatePicker className="field-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
