// Paragraph text with each {{key}} shown as a chip: the figure's label and its current value.
import { Tag, Tooltip } from "antd";
import type { FigureLookup } from "./figureLookup";
import { segmentsOf } from "./placeholders";

const TONE_COLORS = { figure: "blue", missing: "error", unreadable: "default" } as const;

export function FigureText({ text, lookup }: { text: string; lookup: FigureLookup }) {
  return (
    <span className="paragraph-text">
      {segmentsOf(text).map((segment, index) => {
        if (segment.kind === "text") return <span key={index}>{segment.text}</span>;
        const chip = lookup.chip(segment.key);
        return (
          <Tooltip key={index} title={`指标 ${segment.key}`}>
            <Tag
              color={TONE_COLORS[chip.tone]}
              className="figure-chip"
              data-testid={`figure-chip-${segment.key}`}
            >
              {chip.label} · {chip.value}
            </Tag>
          </Tooltip>
        );
      })}
    </span>
  );
}
