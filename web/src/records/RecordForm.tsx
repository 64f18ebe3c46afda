// A form generated from field metadata: the create/edit screen and the action dialogs use it.
import { Alert, Col, Form, Row, type FormInstance } from "antd";
import { useMemo, type KeyboardEvent } from "react";
import type { Field, Problem, Values } from "../api/types";
import { restrictTree, useOrgOptions } from "../orgs/useOrgOptions";
import { isApplicable } from "./conditional";
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
  /** Organisations the owner org field may take (null: any); other nodes show, disabled. */
  ownerOrgs?: { field: string; orgIds: readonly number[] | null };
  /** The record's values, for conditions on fields this form does not show (action dialogs). */
  contextValues?: Readonly<Values>;
}

const WIDE_KINDS = new Set<Field["kind"]>(["longText", "table"]);

/**
 * Enter never submits: a browser submits a form with a single input on Enter (a dialog with one
 * date field took its action at once), and a picker's Enter only confirms the typed date. The
 * pickers handle the key on their input first; this stops only the form's implicit submission.
 * Line breaks in long texts stay.
 */
function keepEnterInField(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLElement;
  if (event.key === "Enter" && target.tagName !== "TEXTAREA") event.preventDefault();
}

export function RecordForm({
  form,
  fields,
  required,
  initialValues = {},
  otherProblems = [],
  columns = 2,
  onFinish,
  ownerOrgs,
  contextValues = {},
}: RecordFormProps) {
  const orgs = useOrgOptions();
  const allowed = ownerOrgs?.orgIds ?? null;
  const ownerTree = useMemo(
    () => (allowed === null ? orgs.tree : restrictTree(orgs.tree, new Set(allowed))),
    [orgs.tree, allowed],
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError={{ block: "center" }}
      {...(onFinish === undefined ? {} : { onFinish })}
      onKeyDown={keepEnterInField}
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
        {fields.map((field) => {
          const column = (
            <Col
              key={field.name}
              span={24}
              md={columns === 2 && !WIDE_KINDS.has(field.kind) ? 12 : 24}
            >
              <FieldItem
                field={field}
                required={required === undefined ? field.required : required.has(field.name)}
                orgTree={field.name === ownerOrgs?.field ? ownerTree : orgs.tree}
                orgLoading={orgs.loading}
              />
            </Col>
          );
          const controlling = field.when?.field;
          if (controlling === undefined) return column;
          const inForm = fields.some((candidate) => candidate.name === controlling);
          // Rendered only while its condition holds; unmounted, it leaves the form's values
          // (preserve false in FieldItem), so a value it held is cleared, as the server expects.
          return (
            <Form.Item key={field.name} noStyle dependencies={inForm ? [controlling] : []}>
              {({ getFieldValue }) =>
                isApplicable(field, (name) => (inForm ? getFieldValue(name) : contextValues[name]))
                  ? column
                  : null
              }
            </Form.Item>
          );
        })}
      </Row>
    </Form>
  );
}
