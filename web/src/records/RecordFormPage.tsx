// Create and edit screens: the fields a person fills in (not those that actions set).
import { App, Button, Card, Flex, Form, Result, Spin } from "antd";
import { useEffect, useMemo, useState } from "react";
import { ApiError } from "../api/client";
import { createRecord, getRecord, updateRecord } from "../api/records";
import type { Me, Problem, RecordView, TypeMeta } from "../api/types";
import { useSession } from "../auth/session";
import { applyProblems, errorText, validationProblems } from "../common/errors";
import { PageHeader, type Crumb } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { navigate } from "../router/history";
import { paths } from "../router/routes";
import { linkOf, todayInChina } from "./format";
import { changedValues, filledValues, fromFormValues, toFormValues } from "./formValues";
import { RecordForm } from "./RecordForm";

interface RecordFormPageProps {
  type: TypeMeta;
  /** The record to edit; absent: a new record. */
  id?: string;
}

export function RecordFormPage({ type, id }: RecordFormPageProps) {
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [otherProblems, setOtherProblems] = useState<Problem[]>([]);
  // Files are uploaded on the detail page (AttachmentsCard), not typed into the form.
  const fields = useMemo(
    () => type.fields.filter((field) => !field.isSetByAction && field.kind !== "attachment"),
    [type],
  );
  const names = useMemo(() => fields.map((field) => field.name), [fields]);
  const record = useLoad<RecordView | null>(
    () => (id === undefined ? Promise.resolve(null) : getRecord(type.id, id)),
    [type.id, id],
  );

  // After (re)loading the record, show its values, not what was typed before.
  useEffect(() => {
    if (record.data !== null && !record.data.isFinal) form.resetFields();
  }, [form, record.data]);

  const save = async () => {
    const values = fromFormValues(fields, form.getFieldsValue(names) as Record<string, unknown>);
    const current = record.data;
    setSaving(true);
    setOtherProblems([]);
    try {
      const saved =
        current === null
          ? await createRecord(type.id, filledValues(values))
          : await updateRecord(
              type.id,
              current.id,
              current.version,
              changedValues(fields, current.values, values),
            );
      message.success(current === null ? "已保存" : "修改已保存");
      navigate(paths.detail(type.id, saved.id), { replace: true });
    } catch (error) {
      setSaving(false);
      const problems = validationProblems(error);
      if (problems !== null) {
        setOtherProblems(applyProblems(form, names, problems));
        message.error("提交的内容有误，请按提示修改");
      } else if (error instanceof ApiError && error.isStaleVersion) {
        message.warning("记录已被他人修改，已载入最新内容，请核对后重新保存");
        record.reload();
      } else {
        message.error(errorText(error));
      }
    }
  };

  if (record.error !== null) return <LoadFailed error={record.error} onRetry={record.reload} />;
  if (record.loading && record.data === null && id !== undefined)
    return <Spin className="page-spin" />;

  const current = record.data;
  if (current?.isFinal === true) {
    return (
      <Result
        status="warning"
        title="已办结的记录不能编辑"
        subTitle="如需更正，请通过记录上的办理操作进行。"
      />
    );
  }
  const title = current === null ? `新建${type.label}` : `编辑 ${current.recordNumber ?? ""}`;
  const crumbs: Crumb[] = [{ title: type.label, to: paths.list(type.id) }];
  if (current !== null)
    crumbs.push({ title: current.recordNumber ?? "记录", to: paths.detail(type.id, current.id) });
  crumbs.push({ title: current === null ? "新建" : "编辑" });
  const back = () => {
    navigate(current === null ? paths.list(type.id) : paths.detail(type.id, current.id));
  };

  return (
    <>
      <PageHeader crumbs={crumbs} title={title} />
      <Card className="page-card">
        <RecordForm
          form={form}
          fields={fields}
          initialValues={
            current === null ? defaults(type, me) : toFormValues(fields, current.values)
          }
          otherProblems={otherProblems}
          ownerOrgs={{ field: type.ownerField, orgIds: type.ownerOrgIds }}
          onFinish={() => void save()}
        />
        <Flex gap={8} justify="end" className="form-footer">
          <Button onClick={back}>取消</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => {
              form.submit();
            }}
            data-testid="record-submit"
          >
            保存
          </Button>
        </Flex>
      </Card>
    </>
  );
}

/**
 * A new record starts with switches off (so "no" is a value rather than empty), the user's own
 * organisation as its owner when the user may create for it, and today in the fields the server
 * names as the day of receiving or creating.
 */
function defaults(type: TypeMeta, me: Me): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(
    type.fields.filter((field) => field.kind === "boolean").map((field) => [field.name, false]),
  );
  if (type.ownerOrgIds === null || type.ownerOrgIds.includes(me.orgId)) {
    values[type.ownerField] = me.orgId;
  }
  const today = todayInChina();
  for (const name of type.todayFields) values[name] = today;
  // 发起督办 on a record's page opens this form with the link to that record: ?source=instruction:12.
  const query = new URLSearchParams(window.location.search);
  for (const field of type.fields) {
    const given = query.get(field.name);
    if (field.kind === "record" && given !== null && linkOf(given) !== null)
      values[field.name] = given;
  }
  return values;
}
