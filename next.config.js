/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WASM packages that must be loaded by Node, not bundled. PGlite in particular must be one
  // module instance shared with server.ts (see db/index.ts).
  serverExternalPackages: ["pg", "@electric-sql/pglite", "yjs", "@node-rs/argon2", "pdfjs-dist"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
