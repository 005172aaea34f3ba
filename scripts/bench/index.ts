/**
 * `npm run bench [startup] [import] [search] [claims] [sessions] [load] [bundle] [collab] [collab-scale] [collab-soak]`: measured
 * figures, printed as Markdown tables (collab-soak, a minute per mode, only when named). Needs the
 * production build for startup and search. Database: a fresh PGlite folder, or BENCH_DATABASE_URL.
 * Tuning: RUNS (startup), IMPORT_COUNT, SEARCH_SIZES ("10000,100000"), SEARCH_REUSE (1: time the library an earlier search run left), CLAIM_COUNT (1000000),
 * SESSION_COUNT (100000), LOAD_ANALYSTS (200), LOAD_ARTICLES (3000), LOAD_CLAIMS (2000), LOAD_SECONDS (60), LOAD_INTERVAL_MS (2000), SAMPLES, PAINT_SAMPLES, COLLAB_EDITORS ("2,10,50"), COLLAB_DOCUMENTS (100), SOAK_SECONDS (60),
 * REDIS_URL (redis://127.0.0.1:6379, for the runs through Redis).
 */
import os from "node:os";

import { benchBundle } from "./bundle";
import { benchClaims } from "./claims";
import { benchCollab } from "./collab";
import { benchCollabScale, benchCollabSoak } from "./collab-scale";
import { benchImport } from "./import";
import { benchLoad } from "./load";
import { benchSearch } from "./search";
import { benchSessions } from "./sessions";
import { benchStartup } from "./startup";

const wanted = process.argv.slice(2);
const all = wanted.length === 0;
console.log(
  `# Benchmarks (${os.cpus().length} cores, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)})\n`,
);
if (all || wanted.includes("startup")) console.log(`${await benchStartup()}\n`);
if (all || wanted.includes("import")) console.log(`${await benchImport()}\n`);
if (all || wanted.includes("search")) console.log(`${await benchSearch()}\n`);
if (all || wanted.includes("claims")) console.log(`${await benchClaims()}\n`);
if (all || wanted.includes("sessions")) console.log(`${await benchSessions()}\n`);
if (all || wanted.includes("load")) console.log(`${await benchLoad()}\n`);
if (all || wanted.includes("bundle")) console.log(`${await benchBundle()}\n`);
if (all || wanted.includes("collab")) console.log(`${await benchCollab()}\n`);
if (all || wanted.includes("collab-scale")) console.log(`${await benchCollabScale()}\n`);
if (wanted.includes("collab-soak")) console.log(`${await benchCollabSoak()}\n`);
