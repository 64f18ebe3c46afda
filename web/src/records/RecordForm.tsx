// A form generated from field metadata: the create/edit screen and the action dialogs use it.
import { Alert, Col, Form, Row, type FormInstance } from "antd";
import type { Field, Problem } from "../api/types";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { FieldItem } from "./FieldItem";

interface RecordFormProps {
  form: FormInstance;
  fields: readonly Field[];
  /** Names of fields that must be filled (defaults to each field's own `required`). */
  required?: ReadonlySet<string>;
  initialValues?: Record<string, unknown>;
  /** Problems from the server that name no field of this form. */
  otherProblems?: readonly Problem[];
  /** Two columns on wide screens (pages); one column in dialogs. */
  columns?: 1 | 2;
  onFinish?: () => void;
}

const WIDE_KINDS = new Set<Field["kind"]>(["longText"]);

export function RecordForm({
  form,
  fields,
  required,
  initialValues = {},
  otherProblems = [],
  columns = 2,
  onFinish,
}: RecordFormProps) {
  const orgs = useOrgOptions();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError={{ block: "center" }}
      {...(onFinish === undefined ? {} : { onFinish })}
      className="record-form"
    >
      {otherProblems.length === 0 ? null : (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={otherProblems.length === 1 ? otherProblems[0]?.message : "提交的内容有误："}
          description={
            otherProblems.length === 1 ? undefined : (
              <ul className="problem-list">
                {otherProblems.map((problem) => (
                  <li key={`${problem.field}:${problem.code}`}>{problem.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Row gutter={24}>
        {fields.map((field) => (
          <Col
            key={field.name}
            span={24}
            md={columns === 2 && !WIDE_KINDS.has(field.kind) ? 12 : 24}
          >
            <FieldItem
              field={field}
              required={required === undefined ? field.required : required.has(field.name)}
              orgTree={orgs.tree}
              orgLoading={orgs.loading}
            />
          </Col>
        ))}
      </Row>
    </Form>
  );
}
