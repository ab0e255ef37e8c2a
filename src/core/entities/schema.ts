import { z } from 'zod';
import { isValidPartialDate } from '../dates.ts';
import { isSlug } from '../slug.ts';
import { ENTITY_KINDS, LANGUAGES } from '../taxonomy.ts';

/**
 * The entity catalogue, `data/entities/*.yaml` (DESIGN §3): companies and their subsidiaries, governments, regulators,
 * courts, and known targets. Each file holds `entities: [...]`. Unknown keys are errors.
 */

const slugSchema = z.string().refine(isSlug, { message: 'expected a slug (lower case a-z, 0-9 and -)' });

export const EntityEarlierNameSchema = z
  .object({
    name: z.string().min(1),
    /** The last day this name was in use, e.g. Twitter until 2023-07-23. */
    until: z.string().refine(isValidPartialDate, { message: 'expected YYYY[-MM[-DD]]' }),
  })
  .strict();

/** Aliases by language; `any` holds names that are the same in every language (brand names, acronyms). */
export const EntityAliasesSchema = z
  .object(
    Object.fromEntries([...LANGUAGES, 'any'].map((lang) => [lang, z.array(z.string().min(1)).optional()])),
  )
  .strict();

/**
 * A name that stands for the institution in the news without being its name: a judge for a court ("Alexandre de
 * Moraes" → br-supreme-court), a minister for a ministry. Matched like an alias, but only inside its period when the
 * caller knows the article's date.
 */
export const EntityStandInSchema = z
  .object({
    name: z.string().min(1),
    /** The language the name is used in; absent: every language. */
    lang: z.enum(LANGUAGES).optional(),
    /** First day the name stands for the entity (a judge's appointment, a minister's term). */
    from: z.string().refine(isValidPartialDate, { message: 'expected YYYY[-MM[-DD]]' }).optional(),
    /** Last day it does. */
    until: z.string().refine(isValidPartialDate, { message: 'expected YYYY[-MM[-DD]]' }).optional(),
    /** Who the person is, for reviewers. */
    note: z.string().optional(),
  })
  .strict();
export type EntityStandIn = z.infer<typeof EntityStandInSchema>;

export const EntitySchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    names: z.array(EntityEarlierNameSchema).optional(),
    kind: z.enum(ENTITY_KINDS),
    /** The entity that owns this one: `youtube` → `google`. Filtering by a company includes its subsidiaries. */
    parent: slugSchema.optional(),
    aliases: EntityAliasesSchema.default({}),
    /** Only when checked; otherwise absent. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    /** ISO 3166-1 alpha-2: the state of a government, regulator or court; a company's home country. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** Names that stand for the institution during a period (a judge, a minister); see {@link EntityStandInSchema}. */
    stand_ins: z.array(EntityStandInSchema).optional(),
    /** The service an entity's name implies when it acts (App Store → app_store). */
    default_service: z.string().optional(),
  })
  .strict();
export type Entity = z.infer<typeof EntitySchema>;

export const EntityFileSchema = z.object({ entities: z.array(EntitySchema) }).strict();
export type EntityFile = z.infer<typeof EntityFileSchema>;
