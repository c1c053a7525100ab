/** Where the ingest reads and writes, relative to the project root. */
export const SEED_FILE = 'seeds/xuhui-2022-work-report-goals-and-tasks.newspaper-extract.txt';
export const STRUCTURE_FILE = 'seeds/xuhui-2022-work-report-goals-and-tasks.structure.yaml';
export const REPORT_DIR = 'content/report';
