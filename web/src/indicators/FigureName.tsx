// A figure's Chinese label as people read it; the rule-of-law office also finds its indicator key
// in a tooltip (the key is what report placeholders and programs use).
import { Tooltip } from "antd";
import type { ReactNode } from "react";
import { useSession } from "../auth/session";
import { canSeeIndicatorKeys } from "./access";
import "./figure-name.css";

interface FigureNameProps {
  label: ReactNode;
  indicatorKey: string;
}

export const indicatorKeyText = (key: string): string => `指标代码：${key}`;

/** The key as a tooltip text for the signed-in user, or undefined when they do not see keys. */
export function useIndicatorKeyTitle(): (key: string) => string | undefined {
  const { me } = useSession();
  const visible = canSeeIndicatorKeys(me);
  return (key) => (visible ? indicatorKeyText(key) : undefined);
}

export function FigureName({ label, indicatorKey }: FigureNameProps) {
  const title = useIndicatorKeyTitle()(indicatorKey);
  if (title === undefined) return <>{label}</>;
  return (
    <Tooltip title={title}>
      <span className="figure-name">{label}</span>
    </Tooltip>
  );
}
