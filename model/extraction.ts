import { z } from 'zod';

/**
 * The extractor's output, one document per page. Its shape is the gold files' shape
 * (../shared/corpus/gold/*.json); the extra fields (evidence, order, resolved dates,
 * normalized amounts, body text) are what the graph writer needs for provenance.
 */

export const ARTICLE_KINDS = ['news', 'photo', 'notice'] as const;
export const EVENT_TYPES = [
  'inspection',
  'research',
  'meeting',
  'visit',
  'conference',
  'ceremony',
  'interview',
  'announcement',
  'other',
] as const;
export const ATTENDEE_ROLES = ['lead', 'host', 'participant', 'guest'] as const;
export const ORGANIZATION_KINDS = [
  'company',
  'government',
  'party',
  'university',
  'court',
  'association',
  'media',
  'other',
] as const;
export const PLACE_KINDS = [
  'province',
  'city',
  'district',
  'town',
  'village',
  'park',
  'river',
  'lake',
  'road',
  'area',
  'country',
  'other',
] as const;

/** The sentence a fact was read from, as it stands in the article after layout repair. */
const evidence = z.string();

export const BylineSchema = z.object({
  reporters: z.array(z.string()),
  contributors: z.array(z.string()),
  photographers: z.array(z.string()),
});

export const EventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  /** The date as written: `7月13日`, `昨天下午`, `近日`. */
  dateText: z.string().nullable(),
  /** ISO date resolved against the publication date, when both are known. */
  date: z.string().nullable().optional(),
});

export const AttendeeSchema = z.object({
  name: z.string().min(1),
  titles: z.array(z.string()),
  role: z.enum(ATTENDEE_ROLES),
  /** 0-based position in the order the article lists the attendees. */
  order: z.number().int().nonnegative().optional(),
  evidence: evidence.optional(),
});

export const PersonMentionSchema = z.object({
  name: z.string().min(1),
  titles: z.array(z.string()),
  evidence: evidence.optional(),
});

export const OrganizationSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(ORGANIZATION_KINDS),
  evidence: evidence.optional(),
});

export const PlaceSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  partOf: z.string().nullable(),
  evidence: evidence.optional(),
});

export const InvestmentSchema = z.object({
  /** The amount as written, qualifiers kept: `约1.5亿元`. */
  text: z.string(),
  amount: z.number().nonnegative(),
  currency: z.string(),
});

export const ProjectSchema = z.object({
  name: z.string().min(1),
  investment: z.union([InvestmentSchema, z.string()]).nullable(),
  capacity: z.string().nullable().optional(),
  owner: z.string().nullable(),
  place: z.string().nullable(),
  evidence: evidence.optional(),
});

export const ArticleExtractionSchema = z.object({
  headline: z.string(),
  kicker: z.string().nullable().optional(),
  subtitle: z.string().nullable().optional(),
  kind: z.enum(ARTICLE_KINDS),
  byline: BylineSchema,
  event: EventSchema.nullable(),
  attendees: z.array(AttendeeSchema),
  personsMentioned: z.array(PersonMentionSchema),
  organizations: z.array(OrganizationSchema),
  places: z.array(PlaceSchema),
  projects: z.array(ProjectSchema),
  /** The article's body after layout repair, paragraphs separated by `\n`. */
  text: z.string().optional(),
});

export const PageExtractionSchema = z.object({
  file: z.string(),
  published: z.string().nullable(),
  articles: z.array(ArticleExtractionSchema),
});

export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Byline = z.infer<typeof BylineSchema>;
export type EventExtraction = z.infer<typeof EventSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type PersonMention = z.infer<typeof PersonMentionSchema>;
export type OrganizationExtraction = z.infer<typeof OrganizationSchema>;
export type PlaceExtraction = z.infer<typeof PlaceSchema>;
export type Investment = z.infer<typeof InvestmentSchema>;
export type ProjectExtraction = z.infer<typeof ProjectSchema>;
export type ArticleExtraction = z.infer<typeof ArticleExtractionSchema>;
export type PageExtraction = z.infer<typeof PageExtractionSchema>;
