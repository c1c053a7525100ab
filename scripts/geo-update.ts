/**
 * `npm run geo:update`: regenerates content/geo/xuhui.geojson from the Shanghai
 * map in the echarts@4.9.0 npm package (a devDependency; nothing is fetched).
 * Only the derived file is read when the site is built. See content/geo/README.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeCollection, type EncodedCollection } from '../src/geo/echarts-decode.ts';
import { deriveDistrictGeo, type DistrictGeo } from '../src/geo/derive-district.ts';
import { GEO_FILE, SOURCE_FILE, SOURCE_PACKAGE } from '../src/geo/paths.ts';

const bytes = readFileSync(SOURCE_FILE);
const version = (JSON.parse(readFileSync('node_modules/echarts/package.json', 'utf8')) as { version: string }).version;
if (version !== SOURCE_PACKAGE.version) {
  console.error(`geo:update expects echarts@${SOURCE_PACKAGE.version} (found ${version}); run npm ci`);
  process.exit(1);
}
const geo = deriveDistrictGeo(decodeCollection(JSON.parse(bytes.toString('utf8')) as EncodedCollection), {
  margin: 0.03,
  metadata: {
    description: 'Xuhui District (Shanghai), its neighbours clipped to a box around it, and its Huangpu River edge. WGS84. Coarse: about 100 m.',
    source: `npm package echarts@${SOURCE_PACKAGE.version}, ${SOURCE_FILE.replace('node_modules/echarts/', '')} (Apache-2.0; the map data's own origin is not stated by ECharts)`,
    sourceSha256: createHash('sha256').update(bytes).digest('hex'),
    transform: 'ECharts UTF8 decoding (scale 1024); GCJ-02 to WGS84 with gcoord; rings wound for d3-geo; neighbours clipped to Xuhui\'s bounding box plus 0.03°; coordinates rounded to 5 decimals',
    generatedBy: 'npm run geo:update (scripts/geo-update.ts)',
  },
});
writeFileSync(GEO_FILE, formatGeo(geo));
const kb = (Buffer.byteLength(formatGeo(geo)) / 1024).toFixed(1);
console.log(`${GEO_FILE}: ${geo.features.length} features, ${kb} KB`);

/** One feature a line, so that a regenerated file diffs readably. */
function formatGeo(g: DistrictGeo): string {
  const features = g.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection",\n"metadata":${JSON.stringify(g.metadata, null, 1)},\n"features":[\n${features}\n]}\n`;
}
