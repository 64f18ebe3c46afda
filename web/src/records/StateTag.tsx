// A record's workflow state as a coloured tag.
import { Tag } from "antd";
import type { TypeMeta } from "../api/types";
import { stateOf } from "./tones";

export function StateTag({ type, state }: { type: TypeMeta; state: string }) {
  const meta = stateOf(type, state);
  return (
    <Tag color={meta.tone} data-testid="record-state">
      {meta.label}
    </Tag>
  );
}
