/**
 * `npm run bench [startup] [import] [search] [claims] [collab]`: measured figures, printed as Markdown tables. Needs the
 * production build for startup and search. Database: a fresh PGlite folder, or BENCH_DATABASE_URL.
 * Tuning: RUNS (startup), IMPORT_COUNT, SEARCH_SIZES ("10000,100000"), CLAIM_COUNT (1000000),
 * SAMPLES, PAINT_SAMPLES, COLLAB_EDITORS ("2,10,50"), COLLAB_DOCUMENTS (100).
 */
import os from "node:os";

import { benchClaims } from "./claims";
import { benchCollab } from "./collab";
import { benchImport } from "./import";
import { benchSearch } from "./search";
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
if (all || wanted.includes("collab")) console.log(`${await benchCollab()}\n`);
