// A picker of colleagues (users in the picker's own scope), grouped by organisation.
import { Select, type SelectProps } from "antd";
import { useEffect, useState } from "react";
import { fetchUserOptions, type UserOption } from "../api/records";

let cached: Promise<UserOption[]> | null = null;

export function UserSelect(props: SelectProps<number>) {
  const [users, setUsers] = useState<UserOption[]>([]);
  useEffect(() => {
    cached ??= fetchUserOptions().then((response) => response.items);
    void cached.then(setUsers).catch(() => {
      cached = null;
    });
  }, []);
  const groups = new Map<string, { label: string; value: number }[]>();
  for (const user of users) {
    groups.set(user.orgName, [
      ...(groups.get(user.orgName) ?? []),
      { label: user.displayName, value: user.id },
    ]);
  }
  const options = [...groups.entries()].map(([label, items]) => ({ label, options: items }));
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      placeholder="请选择人员"
      options={options}
    />
  );
}
