// Issue an API token: its name, the account it acts for, record types, organisation subtree, read
// or write, optional last day. The secret is shown once, with a copy button, and never again.
import {
  Alert,
  App,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  TreeSelect,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { listUsers } from "../api/admin";
import { createApiToken, type ApiTokenCreate } from "../api/api-tokens";
import type { Problem } from "../api/types";
import { applyProblems, errorText, validationProblems } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { AdminFormModal } from "./AdminFormModal";

interface TokenValues {
  name: string;
  userId: number;
  recordTypes: string[];
  orgId: number;
  access: "read" | "write";
  expiresOn: string | null;
}

interface ApiTokenModalProps {
  recordTypes: { id: string; label: string }[];
  onSaved: () => void;
  onCancel: () => void;
}

const FIELDS = ["name", "userId", "recordTypes", "orgId", "access", "expiresOn"];

/** DatePicker holds a Dayjs; the API takes YYYY-MM-DD. */
const dateProps = {
  getValueProps: (value: unknown) => ({
    value: typeof value === "string" && value !== "" ? dayjs(value) : null,
  }),
  normalize: (value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : null),
};

export function ApiTokenModal({ recordTypes, onSaved, onCancel }: ApiTokenModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<TokenValues>();
  const orgs = useOrgOptions();
  const users = useLoad(listUsers, []);
  const [saving, setSaving] = useState(false);
  const [otherProblems, setOtherProblems] = useState<Problem[]>([]);
  const [secret, setSecret] = useState<string | null>(null);

  const save = async (values: TokenValues) => {
    setSaving(true);
    setOtherProblems([]);
    try {
      const input: ApiTokenCreate = {
        ...values,
        name: values.name.trim(),
        expiresOn: values.expiresOn ?? null,
      };
      const issued = await createApiToken(input);
      setSecret(issued.secret);
      message.success("API令牌已签发");
    } catch (error) {
      const problems = validationProblems(error);
      if (problems === null)
        setOtherProblems([{ field: "", code: "error", message: errorText(error) }]);
      else setOtherProblems(applyProblems(form, FIELDS, problems));
    } finally {
      setSaving(false);
    }
  };

  if (secret !== null) {
    return (
      <Modal
        open
        title="API令牌已签发"
        okText="我已保存，关闭"
        cancelButtonProps={{ style: { display: "none" } }}
        onOk={onSaved}
        onCancel={onSaved}
        mask={{ closable: false }}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          title="令牌只显示这一次"
          description="请立即复制并交给对接系统妥善保存。系统只保存其哈希值，关闭后无法再次查看；遗失请撤销后重新签发。"
          className="form-alert"
        />
        <Typography.Paragraph
          code
          copyable={{ text: secret, tooltips: ["复制", "已复制"] }}
          className="api-token-secret"
          data-testid="api-token-secret"
        >
          {secret}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          调用方式：请求头{" "}
          <Typography.Text code>Authorization: Bearer {secret.slice(0, 10)}…</Typography.Text>
        </Typography.Paragraph>
      </Modal>
    );
  }

  return (
    <AdminFormModal
      title="签发API令牌"
      okText="签发"
      form={form}
      saving={saving}
      okTestId="api-token-submit"
      otherProblems={otherProblems}
      onCancel={onCancel}
    >
      <Form<TokenValues>
        form={form}
        layout="vertical"
        initialValues={{ access: "read", recordTypes: [] }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label="令牌名称"
          extra="写明对接的系统和用途，如：省执法监督平台拉取复议案件"
          rules={[{ required: true, whitespace: true, message: "请填写令牌名称" }]}
        >
          <Input maxLength={60} data-testid="api-token-name" />
        </Form.Item>
        <Form.Item
          name="userId"
          label="代表的账号"
          extra="令牌以该账号的角色办理，访问范围不超过该账号的数据范围"
          rules={[{ required: true, message: "请选择代表的账号" }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={users.loading}
            data-testid="api-token-user"
            options={(users.data?.items ?? [])
              .filter((user) => user.active)
              .map((user) => ({
                value: user.id,
                label: `${user.displayName}（${user.username}）`,
              }))}
          />
        </Form.Item>
        <Form.Item
          name="recordTypes"
          label="记录类型"
          rules={[{ required: true, message: "请至少选择一个记录类型" }]}
        >
          <Select
            mode="multiple"
            data-testid="api-token-types"
            options={recordTypes.map((type) => ({ value: type.id, label: type.label }))}
          />
        </Form.Item>
        <Form.Item
          name="orgId"
          label="单位范围"
          extra="该单位及其下级单位"
          rules={[{ required: true, message: "请选择单位" }]}
        >
          <TreeSelect
            showSearch={{ treeNodeFilterProp: "title" }}
            treeDefaultExpandAll
            treeData={orgs.tree}
            loading={orgs.loading}
            data-testid="api-token-org"
          />
        </Form.Item>
        <Form.Item name="access" label="权限" rules={[{ required: true, message: "请选择权限" }]}>
          <Radio.Group
            data-testid="api-token-access"
            options={[
              { value: "read", label: "只读（查询记录、指标）" },
              { value: "write", label: "读写（还可新建、修改、办理）" },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label="有效期至"
          extra="不填则长期有效，直至撤销"
          {...dateProps}
        >
          <DatePicker placeholder="请选择日期" data-testid="api-token-expires" />
        </Form.Item>
      </Form>
    </AdminFormModal>
  );
}
