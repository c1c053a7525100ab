/**
 * Zones and groups (content/zones.yaml), validated and cross-checked against
 * the report text and the district outline. Which paragraphs mention a zone is
 * computed here from its forms, with the glossary's matcher (leftmost-longest),
 * so that 徐家汇源 is not counted as 徐家汇.
 */
import { geoContains } from 'd3';
import { zonesFileSchema } from './schema.ts';
import type { Group, Zone, Zones } from './types.ts';
import { parseYaml, validate, type DataPath } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { createMatcher } from '../glossary/matcher.ts';
import { checkFormsUsed, paragraphHolding } from '../checks/report-text.ts';
import type { ParagraphText } from '../ingest/schema.ts';
import { readReport } from '../ingest/report-files.ts';
import type { DistrictFeature } from '../geo/derive-district.ts';
import { loadDistrictMap } from '../geo/load.ts';
import { loadGlossary } from '../glossary/load.ts';
import { readTextFile } from '../utils/text-file.ts';
import { once } from '../utils/once.ts';
import { checkZoneGlossary } from './glossary-check.ts';
import { ZONES_FILE } from '../config/content-files.ts';

const FIX = 'correct that field; the comments at the top of content/zones.yaml describe every field';

export function buildZones(text: string, file: string, paragraphs: ParagraphText[], district: DistrictFeature): Zones {
  const source = parseYaml(text, file);
  const data = validate(zonesFileSchema, source, FIX);
  const at = (path: DataPath, anchor?: string) => ({ file, line: source.lineOf(path), anchor });

  const seen = new Set<string>();
  const unique = (id: string, path: DataPath) => {
    if (seen.has(id))
      throw new SourceError(at(path, id), 'this id is used twice', 'give every zone and group its own id');
    seen.add(id);
  };
  const findQuote = (quote: string, path: DataPath) => paragraphHolding(paragraphs, quote, at(path));

  const match = createMatcher(data.zones.flatMap((z) => z.forms.map((form) => ({ form, slug: z.id }))));
  const mentions = new Map<string, Map<number, Set<string>>>();
  for (const p of paragraphs) {
    for (const m of match(p.text)) {
      if (!mentions.has(m.slug)) mentions.set(m.slug, new Map());
      const byParagraph = mentions.get(m.slug)!;
      if (!byParagraph.has(p.n)) byParagraph.set(p.n, new Set());
      byParagraph.get(p.n)!.add(m.form);
    }
  }

  const zones: Zone[] = data.zones.map((z, i) => {
    unique(z.id, ['zones', i, 'id']);
    const used = new Set([...(mentions.get(z.id)?.values() ?? [])].flatMap((s) => [...s]));
    checkFormsUsed(z.forms, used, paragraphs, (j) => at(['zones', i, 'forms', j]), { owner: 'zone' });
    const q = findQuote(z.quote, ['zones', i, 'quote']);
    if (!geoContains(district, [z.point.lon, z.point.lat])) {
      throw new SourceError(
        at(['zones', i, 'point'], z.name),
        `the point ${z.point.lat}, ${z.point.lon} lies outside the district outline`,
        'check the coordinate (latitude first, WGS84) against its source; every zone the report plans is inside Xuhui',
      );
    }
    const named = [...(mentions.get(z.id)?.keys() ?? [])].map((n) => ({
      n,
      chapter: paragraphs.find((p) => p.n === n)!.chapter,
    }));
    return { ...z, paragraph: q.n, chapter: q.chapter, mentions: named, groups: [] };
  });
  const byId = new Map(zones.map((z) => [z.id, z]));

  const groups: Group[] = data.groups.map((g, i) => {
    unique(g.id, ['groups', i, 'id']);
    const q = findQuote(g.quote, ['groups', i, 'quote']);
    g.members.forEach((m, j) => {
      const zone = byId.get(m.zone);
      if (!zone)
        throw new SourceError(
          at(['groups', i, 'members', j, 'zone'], m.zone),
          'no zone has this id',
          'use the id of a zone listed under `zones:`',
        );
      if (!g.quote.includes(m.as)) {
        throw new SourceError(
          at(['groups', i, 'members', j, 'as'], m.as),
          'the group’s quote does not use this name',
          'write the member’s name exactly as the quote prints it',
        );
      }
      zone.groups.push(g.id);
    });
    return { ...g, paragraph: q.n, chapter: q.chapter };
  });

  return { zones, groups, byId, groupById: new Map(groups.map((g) => [g.id, g])), lineOf: source.lineOf, file };
}

/**
 * Reads content/zones.yaml with the ingested paragraphs and the district
 * outline, and checks every glossary slug against the loaded glossary; once
 * per build (src/utils/once.ts).
 */
export async function loadZones(): Promise<Zones> {
  return once('zones', () => {
    const zones = buildZones(readTextFile(ZONES_FILE), ZONES_FILE, readReport().paragraphs, loadDistrictMap().district);
    checkZoneGlossary(zones, new Set(loadGlossary().entries.map((e) => e.slug)));
    return zones;
  });
}
