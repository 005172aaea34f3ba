/** Zod pieces several routers share: ids with readable messages, and the consensus shapes. */
import { z } from "zod";

import { CREDIBILITY_LEVELS, RELIABILITY_GRADES } from "@/lib/scales";

/** A uuid, refused with a sentence that names what it was meant to identify. */
export const zId = (what: string) => z.uuid({ error: `That is not a valid ${what} id.` });

export const zGrade = z.enum(RELIABILITY_GRADES, { error: "Grade must be one of A, B, C, D, E or F." });
export const zLevel = z.enum(CREDIBILITY_LEVELS, { error: "Credibility must be one of 1, 2, 3, 4, 5 or 6." });

/** Required text, trimmed, with its label in the messages. */
export const zText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`);

/** One entry of the team's activity, as the feed and the Overview both show it (lib/activity-text.ts words it). */
export const ZActivityEntry = z.object({
  id: z.uuid(),
  verb: z.string(),
  subjectType: z.string(),
  subjectId: z.uuid(),
  createdAt: z.date(),
  actorName: z.string(),
  name: z.string().nullable(),
  detail: z.string().nullable(),
  claimId: z.string().nullable(),
  articleId: z.string().nullable(),
  assessmentId: z.string().nullable(),
});
