import { z } from 'zod';
import { slug, text } from '../checks/parts.ts';

/**
 * One row of content/indicators.yaml (the file's comments describe every
 * field). Checks against the report text are in load.ts.
 */
export const KINDS = {
  'five-year-average': { zh: '今后五年·年均', en: 'Five-year annual average' },
  'five-year-target': { zh: '今后五年·目标', en: 'Five-year target' },
  '2022-target': { zh: '2022年主要预期指标', en: '2022 main expected indicator' },
  '2022-task': { zh: '2022年工作任务', en: '2022 task' },
  milestone: { zh: '多年计划节点', en: 'Programme milestone' },
} as const;
export type Kind = keyof typeof KINDS;
const KIND_KEYS = Object.keys(KINDS) as [Kind, ...Kind[]];

/** Which chapters each kind may come from: a five-year goal cannot sit among the 2022 tasks. */
export const KIND_CHAPTERS: Record<Kind, readonly string[]> = {
  'five-year-average': ['five-year-goals'],
  'five-year-target': ['five-year-goals'],
  '2022-target': ['tasks-2022'],
  '2022-task': ['economy', 'urban-layout', 'quality-of-life', 'soft-power'],
  milestone: ['economy', 'urban-layout', 'quality-of-life', 'soft-power'],
};

const indicatorSchema = z
  .object({
    id: slug,
    indicator: text,
    en: text,
    kind: z.enum(KIND_KEYS, { error: `must be one of: ${KIND_KEYS.join(', ')}` }),
    value: z.union(
      [
        z.number().nonnegative(),
        z
          .tuple([z.number().nonnegative(), z.number().nonnegative()])
          .refine(([a, b]) => a < b, 'a range is [smaller, larger]'),
        z.null(),
      ],
      { error: 'value is a number, a range [min, max] or null' },
    ),
    unit: text,
    unitEn: text,
    qualifiers: z.array(text).default([]),
    quote: text,
    printed: text.optional(),
    compare: z.string().optional(),
    key: z.boolean().default(false),
    note: text.optional(),
    noteEn: text.optional(),
  })
  .strict()
  .refine((r) => r.value !== null || r.printed !== undefined, {
    message: 'a row without a number needs `printed:` (what the report says instead)',
    path: ['printed'],
  })
  .refine((r) => (r.note === undefined) === (r.noteEn === undefined), {
    message: 'give a note in both Chinese (note) and English (noteEn), or neither',
    path: ['noteEn'],
  });

export const indicatorsFileSchema = z.array(indicatorSchema).min(1, 'the file lists no indicator');
export type IndicatorData = z.infer<typeof indicatorSchema>;
