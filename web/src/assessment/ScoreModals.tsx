// The three forms of scoring: the office's hand score (points, reason, evidence), a unit's
// objection (reason), and the office's resolution of an objection (upheld with adjusted points, or
// rejected). Problems the server names show on their fields.
import { Alert, Form, Input, InputNumber, Modal, Radio } from "antd";
import { useState } from "react";
import { ApiError } from "../api/client";
import { errorText } from "../common/errors";

export interface FieldSpec {
  name: string;
  label: string;
  kind: "points" | "text" | "decision";
  help?: string;
}

/** A small form in a dialog: the given fields, submitted to `onSubmit`. */
export function ScoreModal(props: {
  title: string;
  intro?: string | undefined;
  fields: readonly FieldSpec[];
  initial: Record<string, unknown>;
  max?: number | undefined;
  onSubmit: (values: Record<string, unknown>) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const [rest, setRest] = useState<string | null>(null);
  const decision = Form.useWatch("decision", form);
  const submit = async () => {
    setBusy(true);
    try {
      await props.onSubmit(form.getFieldsValue(true) as Record<string, unknown>);
      props.onClose();
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0) {
        const names = new Set(props.fields.map((field) => field.name));
        form.setFields(
          error.problems
            .filter((p) => names.has(p.field))
            .map((p) => ({ name: p.field, errors: [p.message] })),
        );
        const others = error.problems.filter((p) => !names.has(p.field));
        setRest(others.length > 0 ? others.map((p) => p.message).join("；") : null);
      } else setRest(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText="提交"
      destroyOnHidden
    >
      {props.intro === undefined ? null : <p>{props.intro}</p>}
      {rest === null ? null : <Alert type="error" showIcon title={rest} className="form-alert" />}
      <Form
        form={form}
        layout="vertical"
        // An error the server named goes once the user edits that field.
        onValuesChange={(changed: Record<string, unknown>) => {
          form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        }}
        initialValues={props.initial}
      >
        {props.fields.map((field) => {
          if (field.kind === "decision")
            return (
              <Form.Item key={field.name} name={field.name} label={field.label}>
                <Radio.Group
                  options={[
                    { value: "uphold", label: "异议成立，调整得分" },
                    { value: "reject", label: "异议不成立" },
                  ]}
                  data-testid={`score-${field.name}`}
                />
              </Form.Item>
            );
          if (field.kind === "points")
            return field.name === "adjustedPoints" && decision === "reject" ? null : (
              <Form.Item
                key={field.name}
                name={field.name}
                label={field.label}
                required
                help={field.help}
              >
                <InputNumber
                  min={0}
                  max={props.max ?? 1000}
                  step={0.5}
                  data-testid={`score-${field.name}`}
                />
              </Form.Item>
            );
          return (
            <Form.Item
              key={field.name}
              name={field.name}
              label={field.label}
              required
              extra={field.help}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                data-testid={`score-${field.name}`}
              />
            </Form.Item>
          );
        })}
      </Form>
    </Modal>
  );
}
