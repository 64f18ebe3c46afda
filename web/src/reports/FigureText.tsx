// Paragraph text with each {{key}} shown as a chip: the figure's label and its current value (the
// key in a tooltip for the rule-of-law office).
import { Tag, Tooltip } from "antd";
import { useIndicatorKeyTitle } from "../indicators/FigureName";
import type { FigureLookup } from "./figureLookup";
import { segmentsOf } from "./placeholders";

const TONE_COLORS = { figure: "blue", missing: "error", unreadable: "default" } as const;

export function FigureText({ text, lookup }: { text: string; lookup: FigureLookup }) {
  const keyTitle = useIndicatorKeyTitle();
  return (
    <span className="paragraph-text">
      {segmentsOf(text).map((segment, index) => {
        if (segment.kind === "text") return <span key={index}>{segment.text}</span>;
        const chip = lookup.chip(segment.key);
        const tag = (
          <Tag
            key={index}
            color={TONE_COLORS[chip.tone]}
            className="figure-chip"
            data-testid={`figure-chip-${segment.key}`}
          >
            {chip.label} · {chip.value}
          </Tag>
        );
        const title = keyTitle(segment.key);
        return title === undefined ? (
          tag
        ) : (
          <Tooltip key={index} title={title}>
            {tag}
          </Tooltip>
        );
      })}
    </span>
  );
}
