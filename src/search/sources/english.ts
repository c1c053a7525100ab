/**
 * What the English edition's search indexes (issue #17), one record per place
 * an English reader lands on:
 *
 * - each paragraph of the translation, landing on its English page
 *   (/en/chapters/<slug>/#pN): its English and, after it, its Chinese
 *   original, which the paragraph's element shows too (beside it, or in its
 *   fold), so that a Chinese query on an English page finds the Chinese text;
 * - each glossary entry, landing on its English page: its English name, the
 *   Chinese term and pinyin, the English gloss and explanation;
 * - each indicator and each zone and zone group, landing where the Chinese
 *   edition's records land (/indicators/, /maps/: pages in Chinese, whose rows
 *   show the English labels and names), headed by their English names.
 */
import type { Glossary } from '../../glossary/load.ts';
import { explanationParagraphs } from '../../glossary/explanation.ts';
import { readReport } from '../../ingest/report-files.ts';
import type { Translation } from '../../translation/load.ts';
import { englishOccurrences, englishParagraphText } from '../../translation/terms.ts';
import { loadIndicators, type Indicator } from '../../indicators/load.ts';
import { KINDS as INDICATOR_KINDS } from '../../indicators/schema.ts';
import { loadZones } from '../../zones/load.ts';
import type { Zones } from '../../zones/types.ts';
import { groupView } from '../../maps/views.ts';
import type { RecordSource, SearchRecord } from '../record.ts';
import { indicatorRows } from './indicators.ts';
import { mapZones } from './zones.ts';

const ON_A_CHINESE_PAGE = 'zh-CN';

/** Every paragraph of the translation, with its Chinese original, on its English page. */
export function englishParagraphs(translation: Pick<Translation, 'paragraphs'>): RecordSource {
  return {
    kind: 'chapter',
    records() {
      const titleOf = new Map(readReport().chapters.map((c) => [c.slug, c.titleEn]));
      return translation.paragraphs.map((p) => ({
        kind: 'chapter',
        url: `/en/chapters/${p.chapter}/#p${p.n}`,
        title: `Paragraph ${p.n}`,
        text: `${englishParagraphText(p)} ${p.zh.lead ?? ''}${p.zh.text}`,
        chapters: [p.chapter],
        context: titleOf.get(p.chapter) ?? p.chapter,
        paragraph: p.n,
      }));
    },
  };
}

/** Every glossary entry, on its English page. */
export function englishGlossaryEntries(
  glossary: Pick<Glossary, 'entries' | 'match' | 'bySlug'>,
  translation: Pick<Translation, 'paragraphs'>,
): RecordSource {
  return {
    kind: 'glossary',
    records() {
      const uses = englishOccurrences(translation.paragraphs, glossary);
      return glossary.entries.map((e) => ({
        kind: 'glossary',
        url: `/en/glossary/${e.slug}/`,
        title: e.english,
        text: [e.english, e.term, e.pinyin, e.glossEn, ...explanationParagraphs(e.explanationEn, 'en')].join(' '),
        lead: [e.english, e.term, e.pinyin].join(' ').length,
        chapters: [...new Set((uses.get(e.slug) ?? []).map((o) => o.chapter))],
        names: [...new Set([e.english, ...e.englishVariants, e.term, ...e.forms])],
        context: e.term,
        contextLang: ON_A_CHINESE_PAGE,
      }));
    },
  };
}

/** Every numeric target, on its row of /indicators/ (in Chinese, with its English label), headed by the label. */
export function englishIndicatorRows(load: () => Indicator[] = loadIndicators): RecordSource {
  return {
    kind: 'indicator',
    async records() {
      const rows = load();
      const zh = await indicatorRows(() => rows).records();
      return zh.map((r, i) => ({
        ...r,
        title: rows[i]!.en,
        context: `${INDICATOR_KINDS[rows[i]!.kind].en} · ¶${rows[i]!.paragraph}`,
        pageLang: ON_A_CHINESE_PAGE,
      }));
    },
  };
}

/**
 * Every zone and zone group, on /maps/ (in Chinese, with English names),
 * headed by its English name; a zone's record also holds what stands at its
 * point in English, which its row shows.
 */
export function englishMapZones(load: () => Promise<Zones> = loadZones): RecordSource {
  return {
    kind: 'zone',
    async records() {
      const zones = await load();
      const zh = await mapZones(async () => zones).records();
      return zh.map((r): SearchRecord => {
        const zone = zones.zones.find((z) => r.url === `/maps/#zone-${z.id}`);
        const group = zones.groups.find((g) => r.url === `/maps/#layer-${g.id}`);
        const title = zone ? zone.nameEn : group ? groupView(zones, group.id).titleEn : r.title;
        return {
          ...r,
          title,
          text: zone ? `${r.text} ${zone.point.whatEn}` : r.text,
          names: [...new Set([...(r.names ?? []), ...(zone ? [zone.nameEn] : group ? [group.nameEn] : [])])],
          context: r.title,
          contextLang: ON_A_CHINESE_PAGE,
          pageLang: ON_A_CHINESE_PAGE,
        };
      });
    },
  };
}
