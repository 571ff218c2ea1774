import { z } from 'zod';
import {
  registrationAdminSchema,
  registrationCountersSchema,
  registrationListQuerySchema,
  registrationSettingsSchema,
} from './registration.js';

/** The organizer's list of registrations: one page, the number matching the filters, and live counters. */
export const registrationListSchema = z.object({
  registrations: z.array(registrationAdminSchema),
  total: z.number().int(),
  counters: registrationCountersSchema,
});
export type RegistrationList = z.infer<typeof registrationListSchema>;

/** Filters and sort of an export: the list's, without paging (an export holds every match). */
export const registrationExportQuerySchema = registrationListQuerySchema.omit({ limit: true, offset: true });

/** Settings as stored: every question carries its id. */
export const registrationSettingsStoredSchema = registrationSettingsSchema.extend({
  offerExtensionHours: z.number().int(),
  questions: z.array(registrationSettingsSchema.shape.questions.element.required({ id: true })),
});
export type RegistrationSettingsStored = z.infer<typeof registrationSettingsStoredSchema>;
export type RegistrationSettingsInput = z.infer<typeof registrationSettingsSchema>;
