// User text (an incident's summary, names, free-text facts) reaches reports as it was typed. Every
// character that breaks a line (LF, a lone CR, VT, FF, NEL, the Unicode line and paragraph
// separators) or controls the display (C0 and C1 controls, bidirectional overrides and isolates)
// is neutralised before escaping, so that no text can start a Markdown heading, list or table row
// of its own, or reorder what a reader sees.

const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\t]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text on one line: line breaks and controls become spaces, bidirectional controls U+FFFD. */
export function singleLine(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(CONTROLS, " ").replace(BIDI, "\uFFFD");
}

/** Text that keeps its lines (a preformatted block): every line break becomes `\n`, controls as in {@link singleLine}. */
export function multiLine(text: string): string {
  return text.replace(LINE_BREAKS, "\n").replace(CONTROLS, " ").replace(BIDI, "\uFFFD");
}
