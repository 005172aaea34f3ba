/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WASM packages that must be loaded by Node, not bundled. PGlite in particular must be one
  // module instance shared with server.ts (see db/index.ts).
  serverExternalPackages: ["pg", "@electric-sql/pglite", "yjs", "@node-rs/argon2", "pdfjs-dist"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Security headers (CSP with a per-response nonce, Permissions-Policy, HSTS over https, nosniff,
  // frame and referrer rules) are set for every response by server.ts: see server/security/headers.ts.
};

export default nextConfig;
