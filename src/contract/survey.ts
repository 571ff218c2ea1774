import { z } from 'zod';

export const SURVEY_LIMITS = {
  delayDaysMax: 60,
  partnerCountMax: 100,
  commentMax: 2_000,
  sectorsMax: 20,
} as const;

export const WILL_RETURN = ['yes', 'maybe', 'no'] as const;
export type WillReturn = (typeof WILL_RETURN)[number];

export const surveyTokenParamsSchema = z.object({ token: z.string().min(16).max(100) });

export const surveyAnswerSchema = z
  .object({
    rating: z.number().int().min(1).max(5),
    metPartners: z.boolean(),
    partnerCount: z.number().int().min(0).max(SURVEY_LIMITS.partnerCountMax).nullable().default(null),
    partnerSectors: z.array(z.string().trim().min(1).max(40)).max(SURVEY_LIMITS.sectorsMax).default([]),
    // A missing answer is "required", not "invalid value" (zod reports both as invalid_value).
    willReturn: z.enum(WILL_RETURN, {
      error: (issue) => (issue.input === undefined ? 'field.required' : undefined),
    }),
    comment: z.string().trim().max(SURVEY_LIMITS.commentMax).default(''),
  })
  .strict();
export type SurveyAnswer = z.input<typeof surveyAnswerSchema>;
export type SurveyAnswerFields = z.output<typeof surveyAnswerSchema>;

/** What the person who opens the personal link sees. */
export const surveyFormSchema = z.object({
  eventTitle: z.string(),
  eventStartsAt: z.string(),
  timeZone: z.string(),
  hasAnswered: z.boolean(),
  sectors: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type SurveyForm = z.infer<typeof surveyFormSchema>;

export const surveySettingsSchema = z
  .object({
    isEnabled: z.boolean(),
    delayDays: z.number().int().min(0).max(SURVEY_LIMITS.delayDaysMax),
  })
  .strict();
export type SurveySettings = z.infer<typeof surveySettingsSchema>;

const countSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

/** The organizer's view of the answers (counts only; free texts without any person). */
export const surveyResultsSchema = z.object({
  settings: surveySettingsSchema,
  invited: z.number().int(),
  answered: z.number().int(),
  /** True while fewer than MIN_GROUP_SIZE answered: no counts or texts, so nobody can be recognized. */
  suppressed: z.boolean(),
  averageRating: z.number().nullable(),
  ratings: z.array(countSchema),
  metPartners: z.array(countSchema),
  partnerSectors: z.array(countSchema),
  willReturn: z.array(countSchema),
  comments: z.array(z.string()),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;
