// Create an org under a parent, or rename it, change its kind, or deactivate it.
import { App, Form, Input, Select, Switch, TreeSelect } from "antd";
import { useState } from "react";
import { createOrg, updateOrg } from "../api/admin";
import type { Org, OrgKind, Problem } from "../api/types";
import { applyProblems, errorText, validationProblems } from "../common/errors";
import { buildOrgTree } from "../orgs/useOrgOptions";
import { optionsOf, ORG_KIND_LABELS } from "./labels";
import { AdminFormModal } from "./AdminFormModal";

interface OrgValues {
  parentId?: number | null;
  code?: string;
  name: string;
  kind: OrgKind;
  active?: boolean;
}

interface OrgModalProps {
  /** The org to edit; null: a new one. */
  org: Org | null;
  orgs: readonly Org[];
  onSaved: () => void;
  onCancel: () => void;
}

export function OrgModal({ org, orgs, onSaved, onCancel }: OrgModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgValues>();
  const [saving, setSaving] = useState(false);
  const [otherProblems, setOtherProblems] = useState<Problem[]>([]);

  const save = async (values: OrgValues) => {
    setSaving(true);
    setOtherProblems([]);
    try {
      if (org === null) {
        await createOrg({
          parentId: values.parentId ?? null,
          code: values.code?.trim() ?? "",
          name: values.name.trim(),
          kind: values.kind,
        });
      } else {
        await updateOrg(org.id, {
          name: values.name.trim(),
          kind: values.kind,
          active: values.active === true,
        });
      }
      message.success("单位信息已保存");
      onSaved();
    } catch (error) {
      setSaving(false);
      const problems = validationProblems(error);
      if (problems === null)
        setOtherProblems([{ field: "", code: "error", message: errorText(error) }]);
      else
        setOtherProblems(
          applyProblems(form, ["parentId", "code", "name", "kind", "active"], problems),
        );
    }
  };

  const initial: Partial<OrgValues> =
    org === null ? { kind: "department" } : { name: org.name, kind: org.kind, active: org.active };
  return (
    <AdminFormModal
      title={org === null ? "新增单位" : `编辑单位：${org.name}`}
      okText="保存"
      form={form}
      saving={saving}
      otherProblems={otherProblems}
      onCancel={onCancel}
    >
      <Form<OrgValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void save(values)}
      >
        {org === null ? (
          <>
            <Form.Item name="parentId" label="上级单位" extra="不选则为顶级单位">
              <TreeSelect
                allowClear
                showSearch={{ treeNodeFilterProp: "title" }}
                treeDefaultExpandAll
                treeData={buildOrgTree(orgs)}
                placeholder="请选择上级单位"
              />
            </Form.Item>
            <Form.Item
              name="code"
              label="单位编码"
              rules={[{ required: true, message: "请填写单位编码" }]}
              extra="行政区划代码或内部编码，2至40位字母、数字或连字符，保存后不可修改"
            >
              <Input maxLength={40} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="name"
          label="单位名称"
          rules={[{ required: true, whitespace: true, message: "请填写单位名称" }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="kind"
          label="单位类型"
          rules={[{ required: true, message: "请选择单位类型" }]}
        >
          <Select options={optionsOf(ORG_KIND_LABELS)} />
        </Form.Item>
        {org === null ? null : (
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch checkedChildren="启用" unCheckedChildren="停用" />
          </Form.Item>
        )}
      </Form>
    </AdminFormModal>
  );
}
