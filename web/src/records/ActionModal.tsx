// The dialog of one action: its fields (those it requires marked), its warning, and submission.
import { Alert, App, Form, Modal, Typography, type ButtonProps } from "antd";
import { useMemo, useState } from "react";
import { ApiError } from "../api/client";
import { takeAction } from "../api/records";
import type { ActionView, Problem, RecordView, TypeMeta } from "../api/types";
import { applyProblems, errorText, validationProblems } from "../common/errors";
import { fromFormValues, toFormValues } from "./formValues";
import { RecordForm } from "./RecordForm";

interface ActionModalProps {
  type: TypeMeta;
  record: RecordView;
  action: ActionView;
  onDone: (record: RecordView) => void;
  /** The record changed underneath (409): close and load it again. */
  onStale: () => void;
  onCancel: () => void;
}

export function ActionModal({ type, record, action, onDone, onStale, onCancel }: ActionModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [otherProblems, setOtherProblems] = useState<Problem[]>([]);
  const required = useMemo(() => new Set(action.requires), [action]);
  const names = action.fields.map((field) => field.name);

  // Only the button takes the action: it validates, then submits (the form has no onFinish).
  const submit = async () => {
    try {
      await form.validateFields(names);
    } catch {
      return;
    }
    const values = fromFormValues(
      action.fields,
      form.getFieldsValue(names) as Record<string, unknown>,
    );
    setSaving(true);
    setOtherProblems([]);
    try {
      const updated = await takeAction(type.id, record.id, action.id, record.version, values);
      message.success(`已${action.label}`);
      onDone(updated);
    } catch (error) {
      setSaving(false);
      const problems = validationProblems(error);
      if (problems !== null) {
        setOtherProblems(applyProblems(form, names, problems));
      } else if (error instanceof ApiError && error.status === 409) {
        message.warning(
          error.isStaleVersion ? "记录已被他人修改，已重新加载，请核对后再办理" : error.message,
        );
        onStale();
      } else {
        setOtherProblems([{ field: "", code: "error", message: errorText(error) }]);
      }
    }
  };

  const submitProps: ButtonProps & { "data-testid": string } = {
    danger: action.tone === "danger",
    loading: saving,
    "data-testid": "action-submit",
  };

  return (
    <Modal
      open
      title={action.label}
      okText={`确认${action.label}`}
      okButtonProps={submitProps}
      onOk={() => {
        void submit();
      }}
      onCancel={onCancel}
      mask={{ closable: false }}
      destroyOnHidden
      width={action.fields.length === 0 ? 440 : 600}
    >
      {action.confirm === null ? null : (
        <Alert
          type="warning"
          showIcon
          title={action.confirm}
          className="form-alert"
          data-testid="action-confirm"
        />
      )}
      {action.requiresFiles.length === 0 ? null : (
        <Alert
          type="info"
          showIcon
          title={`请先在“附件与文书”中上传${action.requiresFiles
            .map((name) => type.fields.find((field) => field.name === name)?.label ?? name)
            .join("、")}`}
          className="form-alert"
          data-testid="action-requires-files"
        />
      )}
      {action.fields.length === 0 && action.confirm === null ? (
        <Typography.Paragraph>
          确认对 {record.recordNumber ?? "本记录"} 执行“{action.label}”？
        </Typography.Paragraph>
      ) : null}
      <RecordForm
        form={form}
        fields={action.fields}
        required={required}
        initialValues={toFormValues(action.fields, record.values)}
        otherProblems={otherProblems}
        columns={1}
        contextValues={record.values}
      />
    </Modal>
  );
}
