/** Where the district geodata comes from and where the derived file lives (content/geo/README.md). */
export const GEO_FILE = 'content/geo/xuhui.geojson';
export const SOURCE_PACKAGE = { name: 'echarts', version: '4.9.0' } as const;
/** The Shanghai map inside that package. */
export const SOURCE_IN_PACKAGE = 'map/json/province/shanghai.json';
/** The copy of it kept here, byte for byte (with the package's LICENSE and NOTICE), which the outline is derived from. */
export const SOURCE_FILE = 'content/geo/source/shanghai.json';
/** Its SHA-256 as echarts@4.9.0 ships it: `npm run geo:update` refuses any other file. */
export const SOURCE_SHA256 = 'e35ba305796125cea14255c2a0e36b3b1c1913e38a31e472aa19c7e2e265da7b';
