/**
 * `npm run geo:update`: fetches the echarts@4.9.0 package (npm pack, into
 * tmp/; it is not a dependency, so `npm ci` never installs its 40 MB), keeps
 * its Shanghai map in content/geo/source/ with the package's LICENSE and
 * NOTICE, and regenerates content/geo/xuhui.geojson from that copy. Only the
 * derived file is read when the site is built. See content/geo/README.md.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCollection, type EncodedCollection } from '../src/geo/echarts-decode.ts';
import { deriveDistrictGeo, type DistrictGeo } from '../src/geo/derive-district.ts';
import { GEO_FILE, SOURCE_FILE, SOURCE_IN_PACKAGE, SOURCE_PACKAGE, SOURCE_SHA256 } from '../src/geo/paths.ts';
import { fromRoot } from '../src/utils/project.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The package's tarball from the npm registry (npm checks its integrity), unpacked into tmp/geo-source/package/. */
function fetchPackage(): string {
  const work = fromRoot('tmp/geo-source');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const spec = `${SOURCE_PACKAGE.name}@${SOURCE_PACKAGE.version}`;
  const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  execFileSync('tar', [
    '-xzf',
    join(work, tarball),
    '-C',
    work,
    'package/package.json',
    'package/LICENSE',
    'package/NOTICE',
    `package/${SOURCE_IN_PACKAGE}`,
  ]);
  return join(work, 'package');
}

const pkg = fetchPackage();
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
const bytes = readFileSync(join(pkg, SOURCE_IN_PACKAGE));
if (version !== SOURCE_PACKAGE.version || sha256(bytes) !== SOURCE_SHA256) {
  console.error(
    `geo:update expects ${SOURCE_IN_PACKAGE} of echarts@${SOURCE_PACKAGE.version} with SHA-256 ${SOURCE_SHA256}; got version ${version}, SHA-256 ${sha256(bytes)}`,
  );
  process.exit(1);
}
const sourceDir = fromRoot(SOURCE_FILE.replace(/[^/]+$/, ''));
mkdirSync(sourceDir, { recursive: true });
writeFileSync(fromRoot(SOURCE_FILE), bytes);
for (const f of ['LICENSE', 'NOTICE']) copyFileSync(join(pkg, f), join(sourceDir, f));

const geo = deriveDistrictGeo(decodeCollection(JSON.parse(bytes.toString('utf8')) as EncodedCollection), {
  margin: 0.03,
  metadata: {
    description:
      'Xuhui District (Shanghai), its neighbours clipped to a box around it, and its Huangpu River edge. WGS84. Coarse: about 100 m.',
    source: `npm package echarts@${SOURCE_PACKAGE.version}, ${SOURCE_IN_PACKAGE} (Apache-2.0; the map data's own origin is not stated by ECharts)`,
    sourceSha256: sha256(bytes),
    transform:
      "ECharts UTF8 decoding (scale 1024); GCJ-02 to WGS84 with gcoord; rings wound for d3-geo; neighbours clipped to Xuhui's bounding box plus 0.03°; coordinates rounded to 5 decimals",
    generatedBy: 'npm run geo:update (scripts/geo-update.ts)',
  },
});
writeFileSync(fromRoot(GEO_FILE), formatGeo(geo));
const kb = (Buffer.byteLength(formatGeo(geo)) / 1024).toFixed(1);
console.log(`${GEO_FILE}: ${geo.features.length} features, ${kb} KB (from ${SOURCE_FILE}, echarts@${version})`);

/** One feature a line, so that a regenerated file diffs readably. */
function formatGeo(g: DistrictGeo): string {
  const features = g.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection",\n"metadata":${JSON.stringify(g.metadata, null, 1)},\n"features":[\n${features}\n]}\n`;
}
