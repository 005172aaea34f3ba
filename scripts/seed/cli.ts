/** `npm run db:seed`: add the demo team to DATABASE_URL (or the embedded database). Never overwrites. */
import nextEnv from "@next/env";

import { closeDatabase, getDatabaseHandle } from "@/db";

import { seedDemo } from "./seed-demo";

nextEnv.loadEnvConfig(process.cwd());

const handle = await getDatabaseHandle();
await handle.migrate();
const report = await seedDemo({ db: handle.db });
console.log(
  `Seeded ${handle.driver} (${handle.location}): ${report.createdUsers.length} users, ` +
    `${report.createdTeams.length} teams, ${report.createdArticles} articles, ${report.createdClaims} claims and ${report.createdAssessments} assessments created; ` +
    `${report.skipped.length} existing items left alone.`,
);
await closeDatabase();
