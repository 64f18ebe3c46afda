// Create a user account, or change a user's name, unit, roles, scope, status or password.
import { App, Form, Input, Select, Switch, TreeSelect } from "antd";
import { useState } from "react";
import { createUser, updateUser, type UserUpdate } from "../api/admin";
import type { Problem, Role, Scope, User } from "../api/types";
import { applyProblems, errorText, validationProblems } from "../common/errors";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { optionsOf, ROLE_LABELS, SCOPE_LABELS } from "./labels";
import { AdminFormModal } from "./AdminFormModal";

interface UserValues {
  username?: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  scope: Scope;
  active?: boolean;
  password?: string;
}

interface UserModalProps {
  /** The user to edit; null: a new one. */
  user: User | null;
  onSaved: () => void;
  onCancel: () => void;
}

const FIELDS = ["username", "displayName", "orgId", "roles", "scope", "active", "password"];

export function UserModal({ user, onSaved, onCancel }: UserModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UserValues>();
  const orgs = useOrgOptions();
  const [saving, setSaving] = useState(false);
  const [otherProblems, setOtherProblems] = useState<Problem[]>([]);

  const save = async (values: UserValues) => {
    setSaving(true);
    setOtherProblems([]);
    const password = values.password ?? "";
    try {
      if (user === null) {
        const { displayName, orgId, roles, scope } = values;
        await createUser({
          username: values.username?.trim() ?? "",
          displayName: displayName.trim(),
          orgId,
          roles,
          scope,
          password,
        });
      } else {
        const changes: UserUpdate = {
          displayName: values.displayName.trim(),
          orgId: values.orgId,
          roles: values.roles,
          scope: values.scope,
          active: values.active === true,
        };
        if (password !== "") changes.password = password;
        await updateUser(user.id, changes);
      }
      message.success("用户信息已保存");
      onSaved();
    } catch (error) {
      setSaving(false);
      const problems = validationProblems(error);
      if (problems === null)
        setOtherProblems([{ field: "", code: "error", message: errorText(error) }]);
      else setOtherProblems(applyProblems(form, FIELDS, problems));
    }
  };

  const initial: Partial<UserValues> =
    user === null
      ? { roles: ["clerk"], scope: "own" }
      : {
          displayName: user.displayName,
          orgId: user.orgId,
          roles: user.roles,
          scope: user.scope,
          active: user.active,
        };
  const passwordRules = [
    ...(user === null ? [{ required: true, message: "请设置初始密码" }] : []),
    { min: 10, message: "密码至少10位" },
    { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: "密码须同时包含字母和数字" },
  ];

  return (
    <AdminFormModal
      title={user === null ? "新增用户" : `编辑用户：${user.displayName}`}
      okText="保存"
      form={form}
      saving={saving}
      otherProblems={otherProblems}
      onCancel={onCancel}
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void save(values)}
      >
        {user === null ? (
          <Form.Item
            name="username"
            label="用户名"
            rules={[{ required: true, whitespace: true, message: "请填写用户名" }]}
          >
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label="所属单位"
          rules={[{ required: true, message: "请选择所属单位" }]}
        >
          <TreeSelect
            showSearch={{ treeNodeFilterProp: "title" }}
            treeDefaultExpandAll
            treeData={orgs.tree}
            loading={orgs.loading}
            placeholder="请选择单位"
          />
        </Form.Item>
        <Form.Item
          name="roles"
          label="角色"
          rules={[{ required: true, message: "请至少选择一个角色" }]}
        >
          <Select mode="multiple" options={optionsOf(ROLE_LABELS)} />
        </Form.Item>
        <Form.Item
          name="scope"
          label="数据范围"
          rules={[{ required: true, message: "请选择数据范围" }]}
        >
          <Select options={optionsOf(SCOPE_LABELS)} />
        </Form.Item>
        {user === null ? null : (
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch checkedChildren="启用" unCheckedChildren="停用" />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={user === null ? "初始密码" : "重置密码"}
          rules={passwordRules}
          extra={user === null ? "至少10位，须同时包含字母和数字" : "不修改请留空"}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </AdminFormModal>
  );
}
