/**
 * The site's bilingual data as (file, line, Chinese, English) pairs for the
 * English-names check (english-names.ts): zone and group names and what stands
 * at each point (content/zones.yaml), indicator labels and notes
 * (content/indicators.yaml), chapter summaries (content/summaries.yaml).
 *
 * The collectors read the YAML themselves and skip what they cannot read: the
 * zones, indicators and summaries loaders report a broken file with their own
 * messages, so this check never masks them.
 */
import { existsSync } from 'node:fs';
import { parseYaml, type YamlData } from '../utils/yaml-data.ts';
import { readTextFile } from '../utils/text-file.ts';
import { fromRoot } from '../utils/project.ts';
import type { TextPair } from './english-names.ts';
import { INDICATORS_FILE, SUMMARIES_FILE, ZONES_FILE } from '../config/content-files.ts';

type Path = (string | number)[];

function read(text: string, file: string): YamlData | undefined {
  try {
    return parseYaml(text, file);
  } catch {
    return undefined;
  }
}

const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const rec = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** One pair from an object's Chinese and English fields, when both are there. */
function pair(source: YamlData, obj: Record<string, unknown>, path: Path, zh: string, en: string): TextPair[] {
  const z = obj[zh];
  const e = obj[en];
  if (!str(z) || !str(e)) return [];
  const field = [...path, en].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return [{ file: source.file, line: source.lineOf([...path, en]), field, zh: z, en: e }];
}

export function zonePairs(text: string, file = ZONES_FILE): TextPair[] {
  const source = read(text, file);
  if (!source) return [];
  const data = rec(source.data);
  return [
    ...list(data.groups).flatMap((g, i) => pair(source, rec(g), ['groups', i], 'name', 'nameEn')),
    ...list(data.zones).flatMap((z, i) => [
      ...pair(source, rec(z), ['zones', i], 'name', 'nameEn'),
      ...pair(source, rec(rec(z).point), ['zones', i, 'point'], 'what', 'whatEn'),
    ]),
  ];
}

export function indicatorPairs(text: string, file = INDICATORS_FILE): TextPair[] {
  const source = read(text, file);
  if (!source) return [];
  return list(source.data).flatMap((r, i) => [
    ...pair(source, rec(r), [i], 'indicator', 'en'),
    ...pair(source, rec(r), [i], 'note', 'noteEn'),
  ]);
}

export function summaryPairs(text: string, file = SUMMARIES_FILE): TextPair[] {
  const source = read(text, file);
  if (!source) return [];
  return Object.entries(rec(source.data)).flatMap(([slug, s]) => pair(source, rec(s), [slug], 'zh', 'en'));
}

/** Every bilingual pair of the site's data files, read from disk (a missing file gives none). */
export function sitePairs(): TextPair[] {
  const load = (file: string, collect: (text: string, file: string) => TextPair[]) =>
    existsSync(fromRoot(file)) ? collect(readTextFile(file), file) : [];
  return [
    ...load(ZONES_FILE, zonePairs),
    ...load(INDICATORS_FILE, indicatorPairs),
    ...load(SUMMARIES_FILE, summaryPairs),
  ];
}
