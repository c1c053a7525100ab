/**
 * Queries a journalist would type into the search box, by kind. The benchmark
 * (scripts/bench-search.ts) computes what each should find from the indexed
 * text itself; nothing here says what the answers are.
 */
export const BENCH_QUERIES: Record<string, string[]> = {
  terms: [
    '五型经济',
    '四大功能',
    '两极三区',
    '科创绣带',
    '三旧变三新',
    '“三旧”变“三新”',
    '15分钟社区生活圈',
    '一网通办',
    '专精特新',
    '双减',
    '双碳',
    '碳中和',
    '人民城市',
    '元宇宙',
    '城市更新',
    '加装电梯',
    '邻里汇',
    '首经济',
    '5+4+X',
  ],
  places: [
    '徐家汇',
    '徐汇滨江',
    '漕开发',
    '华泾',
    '西岸',
    '龙华',
    '衡复',
    '武康路',
    '蒲汇塘',
    '浦东',
    '临港新片区',
    '虹桥',
  ],
  institutions: ['浦江实验室', '腾讯', '商汤', '复旦', '上海交大', '中山医院', '蓬皮杜中心', '进博会'],
  numbers: [
    '5%',
    '5.5%',
    '6%',
    '10%',
    '90%',
    '2022年',
    '23号线',
    '300个',
    '1-2个',
    '10万平方米',
    '86岁',
    '130件',
    '５％',
  ],
  latin: ['RCEP', 'rcep', 'GDP', 'ITC', 'TTO', 'HUB', 'IP'],
  'two characters': ['文化', '教育', '医疗', '金融', '就业', '公园', '住房', '交通', '治理', '疫情', '养老', '人才'],
  'indicators and maps': ['地区生产总值', '年均增长', '失业率', '绿化覆盖率', '金三角', '文化C圈', '四大战役'],
  'several words': ['徐家汇 体育公园', '人工智能 产业集群', '西岸 美术馆', '"two poles"', 'liang ji san qu'],
};

/**
 * Queries an English reader would type on /en/search/ (issue #17), by kind:
 * whole words, any case, accents or none, English plurals, phrases, numbers,
 * and Chinese typed on the English page. The benchmark computes what each
 * should find from the English edition's indexed text.
 */
export const BENCH_QUERIES_EN: Record<string, string[]> = {
  terms: [
    'five types of economy',
    'four functions',
    'headquarters',
    'carbon',
    'metaverse',
    'lifts',
    'urban renewal',
    'Government Online-Offline Shanghai',
    "people's city",
    'soft power',
  ],
  places: ['Xujiahui', 'West Bund', 'Caohejing', 'Huajing', 'Longhua', 'Hengfu', 'Pudong', 'Lingang', 'Hongqiao'],
  institutions: [
    'Pujiang Laboratory',
    'Tencent',
    'SenseTime',
    'Fudan',
    'Zhongshan Hospital',
    'Pompidou',
    'import expo',
  ],
  'case and accents': ['xujiahui', 'XUJIAHUI', 'Xújiāhuì', 'rcep', 'RCEP', 'gdp'],
  'plurals and word ends': ['headquarter', 'enterprise', 'park', 'parks', 'art'],
  numbers: ['5%', '2022', '10', '100-billion-yuan', '15-minute'],
  'indicators and maps': ['unemployment rate', 'green coverage', 'life expectancy', 'Golden Triangle'],
  'several words': [
    'artificial intelligence industry',
    'elderly care',
    '"high-quality development"',
    'culture tourism',
  ],
  'Chinese on the English page': ['徐家汇', '五型经济', '人民城市'],
};
