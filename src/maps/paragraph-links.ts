/**
 * From the report's paragraphs to the map: which zones a paragraph names, and
 * the map layer that shows each of them. A paragraph that names a group (the
 * 金三角 in ¶13) links its members to that group's layer; any other mention
 * goes to the first layer that holds the zone. Where the page itself shows a
 * layer's map (the chapter that plans the four battles), its zones link there.
 */
import type { Zones } from '../zones/types.ts';
import { createMatcher } from '../glossary/matcher.ts';
import { shortName } from './views.ts';

export interface ZoneLink {
  /** The layer (group id). */
  layer: string;
  layerName: string;
  href: string;
  /** The zones' short names, in the order the paragraph names them. */
  names: string[];
  /** The zones' ids, in the same order. */
  zones: string[];
}

export interface InPageMap {
  layer: string;
  href: string;
}

export function zoneLinks(
  zones: Zones,
  paragraph: { n: number; text: string },
  mapsPage: string,
  here?: InPageMap,
): ZoneLink[] {
  // The zones in the order the paragraph names them (the same leftmost-longest matching that counts mentions).
  const match = createMatcher(zones.zones.flatMap((z) => z.forms.map((form) => ({ form, slug: z.id }))));
  const named = [...new Set(match(paragraph.text).map((m) => m.slug))].map((id) => zones.byId.get(id)!);
  const links: ZoneLink[] = [];
  for (const z of named) {
    const layer =
      zones.groups.find((g) => g.paragraph === paragraph.n && z.groups.includes(g.id)) ??
      (here && z.groups.includes(here.layer) ? zones.groupById.get(here.layer) : undefined) ??
      zones.groupById.get(z.groups[0]!);
    if (!layer) continue; // a zone in no group has no layer
    const known = links.find((l) => l.layer === layer.id);
    if (known) {
      known.names.push(shortName(z));
      known.zones.push(z.id);
    } else
      links.push({
        layer: layer.id,
        layerName: layer.name,
        href: here?.layer === layer.id ? here.href : `${mapsPage}#layer-${layer.id}`,
        names: [shortName(z)],
        zones: [z.id],
      });
  }
  return links;
}

/** The paragraph a group's map belongs after: the one that plans all its members, else the one that names the group. */
export function mapParagraph(zones: Zones, groupId: string): number {
  const group = zones.groupById.get(groupId);
  if (!group) throw new Error(`no zone group "${groupId}" in content/zones.yaml`);
  const planned = new Set(group.members.map((m) => zones.byId.get(m.zone)!.paragraph));
  return planned.size === 1 ? [...planned][0]! : group.paragraph;
}
