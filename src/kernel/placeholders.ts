// Figure placeholders in report text ({{legalAid.cases}}): one grammar for the server, which fills
// them, and the web editor, which shows them as chips. Pure, no I/O.

/** `{{key}}` with optional spaces inside the braces. */
export const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export type Segment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "figure"; readonly key: string };

export function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    segments.push({ kind: "figure", key: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

export const citedKeys = (text: string): string[] => [
  ...new Set(
    segmentsOf(text).flatMap((segment) => (segment.kind === "figure" ? [segment.key] : [])),
  ),
];
