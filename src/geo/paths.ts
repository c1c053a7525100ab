/** Where the district geodata comes from and where the derived file lives. */
export const GEO_FILE = 'content/geo/xuhui.geojson';
export const SOURCE_PACKAGE = { name: 'echarts', version: '4.9.0' } as const;
export const SOURCE_FILE = 'node_modules/echarts/map/json/province/shanghai.json';
