// Adding or changing a scheme item: its label and, for a scored item, its points and method — a
// formula over a platform indicator (comparison, threshold, rule) or hand scoring with the
// evidence required. The server checks it; its problems show on the fields they name.
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from "antd";
import { useState } from "react";
import type { FormulaIndicator, ItemInput, ItemMethod, SchemeItemView } from "../api/assessment";
import { ApiError } from "../api/client";
import { errorText } from "../common/errors";
import { COMPARISON_LABELS, RULE_LABELS } from "./labels";

interface Values {
  label: string;
  isHeading: boolean;
  points: number | null;
  kind: "formula" | "hand";
  evidence: string;
  indicator: string;
  comparison: "atLeast" | "atMost";
  threshold: number | null;
  rule: "allOrNothing" | "proportional";
  whenNoValue: "full" | "zero";
}

const FIELD_OF: Record<string, keyof Values> = {
  label: "label",
  points: "points",
  method: "kind",
  "method.evidence": "evidence",
  "method.formula.indicator": "indicator",
  "method.formula.comparison": "comparison",
  "method.formula.threshold": "threshold",
  "method.formula.rule": "rule",
  "method.formula.whenNoValue": "whenNoValue",
};

function initialOf(item: SchemeItemView | null, indicators: readonly FormulaIndicator[]): Values {
  const method = item?.method ?? null;
  const formula = method?.kind === "formula" ? method.formula : null;
  const isRatio =
    indicators.find((candidate) => candidate.key === formula?.indicator)?.isRatio ?? false;
  return {
    label: item?.label ?? "",
    isHeading: item !== null && item.children.length > 0,
    points: item === null || item.children.length > 0 ? null : item.points,
    kind: method?.kind ?? "hand",
    evidence: method?.kind === "hand" ? method.evidence : "",
    indicator: formula?.indicator ?? "",
    comparison: formula?.comparison ?? "atLeast",
    threshold:
      formula === null
        ? null
        : isRatio
          ? Math.round(formula.threshold * 10000) / 100
          : formula.threshold,
    rule: formula?.rule ?? "allOrNothing",
    whenNoValue: formula?.whenNoValue ?? "full",
  };
}

export function ItemModal(props: {
  title: string;
  item: SchemeItemView | null;
  isNew: boolean;
  indicators: readonly FormulaIndicator[];
  onSave: (input: ItemInput, isHeading: boolean) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [rest, setRest] = useState<string | null>(null);
  const kind = Form.useWatch("kind", form);
  const isHeading = Form.useWatch("isHeading", form);
  const indicatorKey = Form.useWatch("indicator", form);
  const isRatio =
    props.indicators.find((candidate) => candidate.key === indicatorKey)?.isRatio ?? false;

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    const method: ItemMethod | null = values.isHeading
      ? null
      : values.kind === "hand"
        ? { kind: "hand", evidence: values.evidence }
        : {
            kind: "formula",
            formula: {
              indicator: values.indicator,
              comparison: values.comparison,
              threshold:
                values.threshold === null
                  ? Number.NaN
                  : isRatio
                    ? values.threshold / 100
                    : values.threshold,
              rule: values.rule,
              whenNoValue: values.whenNoValue,
            },
          };
    setBusy(true);
    try {
      await props.onSave(
        values.isHeading
          ? { label: values.label }
          : { label: values.label, points: values.points, method },
        values.isHeading,
      );
      props.onClose();
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0) {
        const unknown = error.problems.filter((problem) => FIELD_OF[problem.field] === undefined);
        form.setFields(
          error.problems.flatMap((problem) => {
            const name = FIELD_OF[problem.field];
            return name === undefined ? [] : [{ name, errors: [problem.message] }];
          }),
        );
        setRest(unknown.length > 0 ? unknown.map((problem) => problem.message).join("；") : null);
      } else setRest(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const heading = isHeading;
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText="保存"
      width={640}
      destroyOnHidden
    >
      {rest === null ? null : <Alert type="error" showIcon title={rest} className="form-alert" />}
      <Form
        form={form}
        layout="vertical"
        // An error the server named goes once the user edits that field.
        onValuesChange={(changed: Partial<Values>) => {
          form.setFields(
            (Object.keys(changed) as (keyof Values)[]).map((name) => ({ name, errors: [] })),
          );
        }}
        initialValues={initialOf(props.item, props.indicators)}
        data-testid="item-form"
      >
        <Form.Item name="label" label="项目名称" required>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="item-label" />
        </Form.Item>
        {props.isNew ? (
          <Form.Item name="isHeading" valuePropName="checked">
            <Checkbox data-testid="item-heading">分类项目（下设考核项目，分值按下级合计）</Checkbox>
          </Form.Item>
        ) : null}
        {heading ? null : (
          <>
            <Form.Item name="points" label="分值" required>
              <InputNumber min={0} max={1000} step={0.5} data-testid="item-points" />
            </Form.Item>
            <Form.Item name="kind" label="计分方式">
              <Radio.Group
                options={[
                  { value: "formula", label: "按平台指标公式计分" },
                  { value: "hand", label: "人工评分（须附佐证材料）" },
                ]}
              />
            </Form.Item>
            {kind === "hand" ? (
              <Form.Item name="evidence" label="应提交的佐证材料" required>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="item-evidence" />
              </Form.Item>
            ) : (
              <>
                <Form.Item name="indicator" label="平台指标" required>
                  <Select
                    showSearch={{ optionFilterProp: "label" }}
                    data-testid="item-indicator"
                    options={props.indicators.map((indicator) => ({
                      value: indicator.key,
                      label: `${indicator.label}（${indicator.typeLabel}）`,
                    }))}
                  />
                </Form.Item>
                <Form.Item name="comparison" label="达标条件">
                  <Select
                    options={Object.entries(COMPARISON_LABELS).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                  />
                </Form.Item>
                <Form.Item name="threshold" label={isRatio ? "达标值（%）" : "达标值"} required>
                  <InputNumber min={0} data-testid="item-threshold" />
                </Form.Item>
                <Form.Item name="rule" label="计分规则">
                  <Select
                    options={Object.entries(RULE_LABELS).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                  />
                </Form.Item>
                <Form.Item name="whenNoValue" label="无数据时（如本年度无此类案件）">
                  <Radio.Group
                    options={[
                      { value: "full", label: "得满分" },
                      { value: "zero", label: "不得分" },
                    ]}
                  />
                </Form.Item>
              </>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
