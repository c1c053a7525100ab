/** Site-wide names and navigation: one place for what the header and footer show. */
export const site = {
  name: '徐汇2022报告解读',
  nameEn: 'Xuhui 2022 Report Explained',
  /** Where a long English page title leaves no room for the whole name (src/seo/title.ts). */
  shortNameEn: 'Xuhui 2022',
  description:
    '逐段呈现上海市徐汇区2022年政府工作报告中“今后五年主要目标和2022年工作任务”部分的原文，每段可引用、可链接。',
  descriptionEn:
    'The five-year goals and 2022 tasks of the 2022 Xuhui District (Shanghai) government work report, faithful to the printed text, paragraph by paragraph, each linkable and citable.',
  /** Browser chrome colour; the accent of src/styles/global.css in each theme. */
  themeColor: { light: '#9e1b1b', dark: '#1b1a17' },
};

/**
 * What the report's metadata (content/report/report.json) cannot say: the
 * kind of document it is and the English and romanised forms that citations
 * and English text need. A unit test checks the romanised name against the
 * speaker's name in the metadata.
 */
export const reportNames = {
  /** The document the printed pages are part of. */
  documentTitle: '政府工作报告',
  documentTitleEn: 'Government work report',
  /** English rendering of the printed page title (meta.printed.pageTitle). */
  pageTitleEn: 'Main goals for the next five years and work tasks for 2022',
  /** The speaker in pinyin, family name first. */
  speakerFamilyEn: 'Zhong',
  speakerGivenEn: 'Xiaoyong',
};

interface NavItem {
  href: string;
  label: string;
}

/** Header navigation of each edition; paths are site-relative (url() adds the base). */
export const navEn: NavItem[] = [
  { href: '/en/', label: 'Home' },
  { href: '/en/chapters/', label: 'Chapters' },
  { href: '/en/glossary/', label: 'Glossary' },
  { href: '/en/about/', label: 'About' },
];

export const nav: NavItem[] = [
  { href: '/', label: '首页' },
  { href: '/chapters/', label: '章节' },
  { href: '/glossary/', label: '术语' },
  { href: '/maps/', label: '地图' },
  { href: '/indicators/', label: '指标' },
  { href: '/about/', label: '关于' },
];
