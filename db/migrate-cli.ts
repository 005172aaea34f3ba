/** `npm run db:migrate`: apply the committed migrations to DATABASE_URL (or the embedded database). */
import nextEnv from "@next/env";

import { closeDatabase, getDatabaseHandle } from "./index";

nextEnv.loadEnvConfig(process.cwd());

const handle = await getDatabaseHandle();
await handle.migrate();
console.log(`Migrations applied (${handle.driver}, ${handle.location}).`);
await closeDatabase();
