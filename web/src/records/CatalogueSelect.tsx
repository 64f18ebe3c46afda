// A picker of catalogue codes: searches the catalogue on the server by code prefix or part of the
// name (catalogues run to thousands of entries), shows "52 零售业", and greys out entries that
// cannot be chosen (a section when only divisions may be, a code a new edition dropped).
import { Select, type SelectProps } from "antd";
import { useEffect, useRef, useState } from "react";
import { catalogueEntry, searchCatalogue } from "../api/catalogues";
import type { CatalogueEntry } from "../api/types";

interface CatalogueSelectProps extends Omit<SelectProps<string>, "options"> {
  catalogue: string;
}

const optionOf = (entry: CatalogueEntry) => ({
  value: entry.code,
  label: `${entry.code} ${entry.name}`,
  disabled: !entry.isSelectable,
});

export function CatalogueSelect({ catalogue, value, ...props }: CatalogueSelectProps) {
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  const [current, setCurrent] = useState<CatalogueEntry | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const search = (q: string) => {
    const ticket = ++latest.current;
    setLoading(true);
    void searchCatalogue(catalogue, q)
      .then((found) => {
        if (ticket === latest.current) setEntries(found);
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  };

  // The first page of the catalogue, so the list is not empty before anything is typed.
  useEffect(() => {
    let isCurrent = true;
    void searchCatalogue(catalogue, "").then((found) => {
      if (isCurrent) setEntries(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [catalogue]);

  useEffect(() => {
    if (typeof value !== "string" || value === "") return;
    void catalogueEntry(catalogue, value).then(setCurrent);
  }, [catalogue, value]);

  const shown =
    current !== null && !entries.some((entry) => entry.code === current.code)
      ? [current, ...entries]
      : entries;
  return (
    <Select<string>
      {...props}
      {...(value === undefined ? {} : { value })}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      loading={loading}
      placeholder="输入编码或名称检索"
      notFoundContent={loading ? "正在检索…" : "没有匹配的条目"}
      options={shown.map(optionOf)}
    />
  );
}
