// Paragraph text with each placeholder shown as a chip: the figure's label with its formats
// ("批示次数·中文") and the value as it will print, or the placeholder's problem in red (a format
// that cannot be read or does not fit, a unit typed after it that is not the figure's). The key is
// in a tooltip for the rule-of-law office.
import { Tag, Tooltip } from "antd";
import { placeholderProblem } from "../../../src/kernel/placeholder-problems";
import { useIndicatorKeyTitle } from "../indicators/FigureName";
import type { FigureLookup } from "./figureLookup";
import { segmentsOf } from "./placeholders";

const TONE_COLORS = { figure: "blue", missing: "error", unreadable: "default" } as const;

export function FigureText({ text, lookup }: { text: string; lookup: FigureLookup }) {
  const keyTitle = useIndicatorKeyTitle();
  const segments = segmentsOf(text);
  return (
    <span className="paragraph-text">
      {segments.map((segment, index) => {
        if (segment.kind === "text") return <span key={index}>{segment.text}</span>;
        const next = segments[index + 1];
        const after = next?.kind === "text" ? next.text : "";
        const problem = placeholderProblem(segment, lookup.declared(segment.key), after);
        const figure = lookup.chip(segment.key, segment.formats);
        const chip =
          problem === null ? figure : { ...figure, value: problem, tone: "missing" as const };
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
