/**
 * The zones the report plans and the groups it puts them in, as written by
 * hand in content/zones.yaml (the file's comments describe every field).
 * Checks that need the report text, the district outline or the glossary live
 * in load.ts and glossary-check.ts.
 */
import { z } from 'zod';
import { form, slug, sourceSchema, text } from '../checks/parts.ts';

const point = z
  .object({
    lat: z.number().min(30.6).max(31.9, 'Shanghai lies between 30.6° and 31.9° N'),
    lon: z.number().min(120.8).max(122.2, 'Shanghai lies between 120.8° and 122.2° E'),
    /** `source`: the coordinate is a sourced place; `described`: placed by the site from a sourced description. */
    placement: z.enum(['source', 'described']),
    /** What stands at the point (or what the description says), in Chinese and English. */
    what: text,
    whatEn: text,
    /** For a described placement: the sourced description the site placed the point by. */
    basis: text.optional(),
    source: sourceSchema,
  })
  .strict()
  .refine((p) => p.placement === 'source' || p.basis !== undefined, {
    message: 'a described placement needs `basis:` (the sourced description the point was placed by)',
    path: ['basis'],
  });

const approximate = z.literal(true, {
  error: 'a drawn extent must say `approximate: true`: no zone has a surveyed boundary here',
});

const extent = z.discriminatedUnion(
  'shape',
  [
    // No boundary drawn; a sourced size may still be stated (with its source) when nothing says where the area lies.
    z
      .object({
        shape: z.literal('none'),
        note: text,
        areaKm2: z.number().positive().optional(),
        source: sourceSchema.optional(),
      })
      .strict()
      .refine((e) => (e.areaKm2 === undefined) === (e.source === undefined), {
        message: 'a stated size needs its `source:` (and a source here needs `areaKm2:`)',
        path: ['source'],
      }),
    z
      .object({
        shape: z.literal('circle'),
        approximate,
        areaKm2: z.number().positive(),
        note: text,
        source: sourceSchema,
      })
      .strict(),
    z
      .object({
        shape: z.literal('river-band'),
        approximate,
        areaKm2: z.number().positive(),
        shorelineKm: z.number().positive(),
        note: text,
        source: sourceSchema,
      })
      .strict(),
  ],
  { error: 'shape must be none, circle or river-band' },
);

const zoneSchema = z
  .object({
    id: slug,
    name: text,
    nameEn: text,
    /** Every exact string in which the report names the zone (the mentions are found with these). */
    forms: z.array(form).min(1, 'list at least one form in which the report names the zone'),
    /** The glossary entry's slug (content/glossary/<slug>.yaml). */
    glossary: slug,
    /** The report's words the map links to for this zone (its plan, or where it is named): an exact quote from one paragraph. */
    quote: text,
    point,
    extent,
  })
  .strict();

const groupSchema = z
  .object({
    id: slug,
    name: text,
    /** A short name for the map's layer switch (四大战役), when the full name is long. */
    short: text.optional(),
    nameEn: text,
    glossary: slug,
    /** The report's words that name the group and its members: an exact quote from one paragraph. */
    quote: text,
    members: z.array(z.object({ zone: slug, as: text }).strict()).min(2, 'a group has at least two members'),
    /** What the report leaves open about the group, said plainly. */
    note: text.optional(),
    /** A shape the report's name promises and its members define: `triangle` joins the three members' points. */
    draw: z.literal('triangle', { error: 'the only shape drawn for a group is `triangle`' }).optional(),
  })
  .strict()
  .refine((g) => g.draw !== 'triangle' || g.members.length === 3, {
    message: 'a triangle joins exactly three members',
    path: ['draw'],
  });

export const zonesFileSchema = z
  .object({
    groups: z.array(groupSchema).min(1),
    zones: z.array(zoneSchema).min(1),
  })
  .strict();

export type ZoneData = z.infer<typeof zoneSchema>;
export type GroupData = z.infer<typeof groupSchema>;
