import { z } from 'zod';

export const personAdminSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  role: z.enum(['organizer', 'participant']),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export const peopleQuerySchema = z.object({ q: z.string().trim().max(100).optional() });
