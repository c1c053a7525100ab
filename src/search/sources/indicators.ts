import { loadIndicators, type Indicator } from '../../indicators/load.ts';
import { KINDS } from '../../indicators/schema.ts';
import type { RecordSource } from '../record.ts';

/**
 * Every numeric target, landing on its row of /indicators/ (#ind-<id>). The
 * text is what the row shows: the indicator, its English label and note, the
 * number as printed, the qualifiers, the kind and the report's words.
 */
export function indicatorRows(load: () => Indicator[] = loadIndicators): RecordSource {
  return {
    kind: 'indicator',
    records() {
      return load().map((r) => ({
        kind: 'indicator',
        url: `/indicators/#ind-${r.id}`,
        title: r.indicator,
        text: [
          r.indicator,
          r.en,
          r.note,
          r.printedValue,
          r.qualifiers.join('、'),
          KINDS[r.kind].zh,
          `第${r.paragraph}段`,
          `“${r.quote}”`,
        ]
          .filter((part) => part)
          .join(' '),
        chapters: [r.chapter],
        context: `${KINDS[r.kind].zh} · 第${r.paragraph}段`,
        lead: r.indicator.length,
      }));
    },
  };
}
