/** Makes text safe inside one Markdown table cell (no pipe, no line break). */
export function mdCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
