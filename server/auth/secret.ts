import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Make sure AUTH_SECRET is set before next-auth reads it. A fresh clone has no .env, so the first
 * start writes a random secret into the data folder (mode 600) and later starts reuse it: sessions
 * survive restarts. Several instances must share one secret, so production sets AUTH_SECRET itself.
 */
export function ensureAuthSecret(dataDir: string): "env" | "file" | "generated" {
  if (process.env.AUTH_SECRET) return "env";
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) {
    process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
    return "file";
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  process.env.AUTH_SECRET = secret;
  return "generated";
}
