// Choosing the units a draft scheme assesses (by default the departments and townships directly
// under the scheme's organisation); any unit below it may be chosen.
import { Alert, Modal, TreeSelect } from "antd";
import { useState } from "react";
import { setAssessedOrgs, type SchemeView } from "../api/assessment";
import { errorText } from "../common/errors";
import { useOrgOptions } from "../orgs/useOrgOptions";

export function OrgsModal({
  view,
  onClose,
  onSaved,
}: {
  view: SchemeView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const orgs = useOrgOptions();
  const [chosen, setChosen] = useState<number[]>(view.orgs.map((org) => org.id));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    try {
      await setAssessedOrgs(view.scheme.id, view.scheme.version, chosen);
      onSaved();
      onClose();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="选择被考核单位"
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={busy}
      okText="保存"
      width={640}
      destroyOnHidden
    >
      {problem === null ? null : (
        <Alert type="error" showIcon title={problem} className="form-alert" />
      )}
      <TreeSelect<number[]>
        style={{ width: "100%" }}
        multiple
        treeDefaultExpandAll
        showSearch={{ treeNodeFilterProp: "title" }}
        treeData={orgs.tree}
        loading={orgs.loading}
        value={chosen}
        onChange={(value) => {
          setChosen(value);
        }}
        data-testid="assessed-orgs-select"
      />
    </Modal>
  );
}
