import { z } from 'zod';

/** User-visible text of the domain: Danish first (the published MUS material's wording), English beside it. */
export const LocalizedTextSchema = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const text = (da: string, en: string): LocalizedText => ({ da, en });

/** Limits on what people type (the service enforces the same numbers on requests). */
export const TEXT_LIMITS = { title: 200, note: 20_000, summary: 20_000, goal: 2_000 } as const;
