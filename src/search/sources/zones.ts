import { loadZones } from '../../zones/load.ts';
import type { Zones } from '../../zones/types.ts';
import { groupView } from '../../maps/views.ts';
import type { RecordSource, SearchRecord } from '../record.ts';

/**
 * The zones the report plans, landing on their row of /maps/ (#zone-<id>), and
 * the groups it puts them in, landing on the group's layer of the map (#layer-<id>). The text
 * is what the row or the map's heading and quote show.
 */
export function mapZones(load: () => Promise<Zones> = loadZones): RecordSource {
  return {
    kind: 'zone',
    async records() {
      const zones = await load();
      const groupNames = (ids: string[]) => ids.map((id) => zones.groupById.get(id)!.name).join('、');
      const rows: SearchRecord[] = zones.zones.map((z) => ({
        kind: 'zone',
        url: `/maps/#zone-${z.id}`,
        title: z.name,
        text: [z.name, z.nameEn, groupNames(z.groups), ...z.mentions.map((m) => `第${m.n}段`), z.point.what]
          .filter((part) => part)
          .join(' '),
        lead: [z.name, z.nameEn].filter((part) => part).join(' ').length,
        chapters: [...new Set(z.mentions.map((m) => m.chapter))],
        names: [z.name, ...z.forms],
        context: z.nameEn,
        contextLang: 'en',
      }));
      const maps: SearchRecord[] = zones.groups.map((g) => {
        const view = groupView(zones, g.id);
        return {
          kind: 'zone',
          url: `/maps/#layer-${g.id}`,
          title: view.title,
          text: [view.title, view.titleEn, `报告原文：“${g.quote}”（第${g.paragraph}段）。`, g.note]
            .filter((part) => part)
            .join(' '),
          lead: [view.title, view.titleEn].filter((part) => part).join(' ').length,
          chapters: [g.chapter],
          names: [g.name],
          context: view.titleEn,
          contextLang: 'en',
        };
      });
      return [...maps, ...rows];
    },
  };
}
