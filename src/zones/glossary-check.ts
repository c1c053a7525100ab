/**
 * Every zone and group names its glossary entry (its page is where the zone is
 * explained). Pure, so it can be tested without the glossary on disk; the build
 * runs it against loadGlossary().
 */
import { SourceError } from '../utils/source-error.ts';
import type { Zones } from './types.ts';

export function checkZoneGlossary(
  zones: Pick<Zones, 'zones' | 'groups' | 'lineOf' | 'file'>,
  glossarySlugs: ReadonlySet<string>,
): void {
  const check = (slug: string, path: (string | number)[]) => {
    if (glossarySlugs.has(slug)) return;
    throw new SourceError(
      { file: zones.file, line: zones.lineOf(path), anchor: slug },
      'no glossary entry has this slug',
      'use the file name (without .yaml) of an entry in content/glossary/, or write that entry',
    );
  };
  zones.groups.forEach((g, i) => check(g.glossary, ['groups', i, 'glossary']));
  zones.zones.forEach((z, i) => check(z.glossary, ['zones', i, 'glossary']));
}
