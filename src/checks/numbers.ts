/**
 * "A number stands whole", written once: 5 is not found inside 55 or 5.5, 93
 * not inside 930, 10万平方米 not inside 110万平方米. Search (src/search/match.ts)
 * and the checks of the hand-written data against the report (indicators,
 * summaries) use the same rule. No imports: it also runs in the browser.
 */
const DIGIT = /[0-9]/;

/** A number continues at `from` (looking in direction `step`): a digit, or a decimal point or thousands separator followed by one (5.5, 1,000). */
function numberContinues(text: string, from: number, step: 1 | -1): boolean {
  const c = text[from];
  if (c === undefined) return false;
  if (DIGIT.test(c)) return true;
  return (c === '.' || c === ',') && DIGIT.test(text[from + step] ?? '');
}

/** Whether `written`, found at `at` in `text`, is cut from no longer number: where it starts or ends with a digit, no number continues past it. */
export function standsWhole(text: string, written: string, at: number): boolean {
  if (DIGIT.test(written[0] ?? '') && numberContinues(text, at - 1, -1)) return false;
  if (DIGIT.test(written.at(-1) ?? '') && numberContinues(text, at + written.length, 1)) return false;
  return true;
}

/** Whether `text` prints `written` (a number, perhaps with its unit and words: 5%, 1-2个, 930多万平方米) somewhere as a whole number. */
export function printsNumber(text: string, written: string): boolean {
  if (written === '') return false;
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
    if (standsWhole(text, written, at)) return true;
  }
  return false;
}
