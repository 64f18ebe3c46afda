// A picker of a record to link to: the record type (when the field allows several), then a search
// of that type's records by number or text, as the user may read them; the value is `type:id`.
import { Select, Space } from "antd";
import { useEffect, useRef, useState } from "react";
import { getRecord, listRecords } from "../api/records";
import type { ListItem, TypeMeta } from "../api/types";
import { useSession } from "../auth/session";
import { formatValue, linkOf } from "./format";

interface RecordSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The types the field may link to; null: any type the user may read. */
  types: readonly string[] | null;
  disabled?: boolean;
  "data-testid"?: string;
}

interface Option {
  value: string;
  label: string;
}

function labelOf(type: TypeMeta, item: Pick<ListItem, "recordNumber" | "values" | "display">) {
  const title = type.fields.find((field) => field.name === type.titleField);
  const text = title ? formatValue(title, item.values[title.name], item.display) : "";
  return `${item.recordNumber ?? "（无编号）"} ${text}`.trim();
}

export function RecordSelect({ value, onChange, types, disabled, ...rest }: RecordSelectProps) {
  const session = useSession();
  const allowed = session.types.filter((type) => types === null || types.includes(type.id));
  const current = linkOf(value);
  const [typeId, setTypeId] = useState<string>(current?.type ?? allowed[0]?.id ?? "");
  const [options, setOptions] = useState<Option[]>([]);
  const [currentOption, setCurrentOption] = useState<Option | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const type = allowed.find((candidate) => candidate.id === typeId);

  const search = (q: string) => {
    if (type === undefined) return;
    const ticket = ++latest.current;
    setLoading(true);
    void listRecords(type.id, { q, pageSize: 20 })
      .then((page) => {
        if (ticket !== latest.current) return;
        setOptions(
          page.items.map((item) => ({
            value: `${type.id}:${item.id}`,
            label: labelOf(type, item),
          })),
        );
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  };

  // The latest records of the type, so the list is not empty before anything is typed.
  useEffect(() => {
    search("");
  }, [typeId]);

  // The label of a value set from outside (an edit form, or 发起督办 from a record's page).
  useEffect(() => {
    const link = linkOf(value);
    const linkedType = allowed.find((candidate) => candidate.id === link?.type);
    if (link === null || linkedType === undefined) return;
    setTypeId(link.type);
    void getRecord(link.type, link.id)
      .then((record) => {
        setCurrentOption({ value: `${link.type}:${link.id}`, label: labelOf(linkedType, record) });
      })
      .catch(() => {
        setCurrentOption({ value: `${link.type}:${link.id}`, label: "已关联的记录" });
      });
  }, [value]);

  const shown =
    currentOption !== null &&
    currentOption.value === value &&
    !options.some((o) => o.value === value)
      ? [currentOption, ...options]
      : options;
  return (
    <Space.Compact block>
      {allowed.length > 1 ? (
        <Select<string>
          className="record-type-select"
          value={typeId}
          disabled={disabled === true}
          options={allowed.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
          onChange={(next) => {
            setTypeId(next);
            onChange?.(null);
          }}
          data-testid={`${rest["data-testid"] ?? "record-select"}-type`}
          popupMatchSelectWidth={false}
          style={{ width: "40%" }}
        />
      ) : null}
      <Select<string>
        {...rest}
        {...(value === undefined ? {} : { value })}
        disabled={disabled === true}
        style={{ width: allowed.length > 1 ? "60%" : "100%" }}
        allowClear
        showSearch={{ filterOption: false, onSearch: search }}
        loading={loading}
        placeholder="输入编号或关键词检索记录"
        notFoundContent={loading ? "正在检索…" : "没有匹配的记录"}
        options={shown}
        onChange={(next: string | undefined) => {
          onChange?.(next ?? null);
        }}
      />
    </Space.Compact>
  );
}
