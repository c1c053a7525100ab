/**
 * Finds glossary terms in text: leftmost-longest, non-overlapping, so that a
 * longer form wins over a shorter one inside it (“三旧”变“三新” over 三旧).
 * One matcher serves the text links, the occurrence lists and the checks, so
 * they always agree.
 */
export interface Form {
  form: string;
  slug: string;
}

export interface Match extends Form {
  start: number;
  end: number;
}

export type Matcher = (text: string) => Match[];

export function createMatcher(forms: Form[]): Matcher {
  const byFirst = new Map<string, Form[]>();
  for (const f of forms) {
    const key = f.form[0]!;
    if (!byFirst.has(key)) byFirst.set(key, []);
    byFirst.get(key)!.push(f);
  }
  for (const list of byFirst.values())
    list.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  return (text) => {
    const out: Match[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = byFirst.get(text[i]!)?.find((f) => text.startsWith(f.form, i));
      if (hit) {
        out.push({ ...hit, start: i, end: i + hit.form.length });
        i += hit.form.length;
      } else i++;
    }
    return out;
  };
}
