/** Glossary categories, in the order the glossary page shows them. */
export const CATEGORIES = {
  politics: { zh: '政治理论与党的建设', en: 'Political theory and the Party' },
  'national-strategy': { zh: '国家和上海的战略', en: 'National and Shanghai strategies' },
  'xuhui-strategy': { zh: '徐汇发展格局', en: "Xuhui's development plan" },
  economy: { zh: '经济与产业', en: 'Economy and industry' },
  innovation: { zh: '科技创新', en: 'Science, technology and innovation' },
  places: { zh: '地区与项目', en: 'Places and projects' },
  institutions: { zh: '机构与平台', en: 'Institutions and platforms' },
  'urban-renewal': { zh: '城市更新与住房', en: 'Urban renewal and housing' },
  livelihood: { zh: '民生与社会事业', en: 'Livelihood and public services' },
  culture: { zh: '文化与旅游', en: 'Culture and tourism' },
  environment: { zh: '生态环境', en: 'Environment' },
  governance: { zh: '城市治理与政务服务', en: 'Governance and public administration' },
  indicators: { zh: '统计指标', en: 'Statistical indicators' },
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as [Category, ...Category[]];
