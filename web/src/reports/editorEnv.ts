// What every part and paragraph of the editor needs: the report, figures, and the writes.
import type { Paragraph } from "../api/reports";
import type { FigureLookup } from "./figureLookup";
import type { FigureGroup } from "./useFigureGroups";

export interface EditorEnv {
  reportId: number;
  readOnly: boolean;
  lookup: FigureLookup;
  groups: readonly FigureGroup[];
  /** After any write: reload the report (problems and figures change with the text). */
  onChanged: () => void;
  /** Shows a paragraph's version history. */
  onHistory: (paragraph: Paragraph) => void;
}
