// The dialog frame of the administration forms (units, users, API tokens): a title, the submit
// button that submits the form, and the server's problems that name no field of it.
import { Alert, Modal, type FormInstance } from "antd";
import type { ReactNode } from "react";
import type { Problem } from "../api/types";

interface AdminFormModalProps {
  title: string;
  okText: string;
  /** The form the submit button submits. */
  form: FormInstance;
  saving: boolean;
  okTestId?: string;
  otherProblems: readonly Problem[];
  onCancel: () => void;
  children: ReactNode;
}

export function AdminFormModal(props: AdminFormModalProps) {
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      okButtonProps={{
        loading: props.saving,
        ...(props.okTestId === undefined ? {} : { "data-testid": props.okTestId }),
      }}
      onOk={() => {
        props.form.submit();
      }}
      onCancel={props.onCancel}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {props.otherProblems.map((problem) => (
        <Alert
          key={problem.code + problem.field}
          type="error"
          showIcon
          title={problem.message}
          className="form-alert"
        />
      ))}
      {props.children}
    </Modal>
  );
}
