import { z } from "zod";

import { ZListArticlesOutput } from "@/server/api/routers/articles/schema";
import { ZListAssessmentsOutput } from "@/server/api/routers/assessments/schema";
import { ZListClaimsOutput } from "@/server/api/routers/claims/schema";
import { ZListSourcesOutput } from "@/server/api/routers/sources/schema";
import { EVERYTHING_LIMIT } from "@/server/services/search/search-everything";

export const ZSearchEverythingInput = z.object({
  q: z.string().trim().min(1, "Type what to search for.").max(200, "Search must be at most 200 characters."),
  limit: z.number().int().min(1).max(EVERYTHING_LIMIT).optional(),
});

const group = <T extends z.ZodType>(items: T) => z.object({ items, hasMore: z.boolean() });

export const ZSearchEverythingOutput = z.object({
  q: z.string(),
  articles: group(ZListArticlesOutput.shape.items),
  claims: group(ZListClaimsOutput.shape.items),
  sources: group(ZListSourcesOutput.shape.items),
  assessments: group(ZListAssessmentsOutput.shape.items),
});
