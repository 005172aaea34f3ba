import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { drizzle },
    rules: {
      // An UPDATE or DELETE without WHERE would cross every team's rows.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The floors: lib/ (pure) ← db/ ← server/ ← components/ and app/; scripts/ (the demo seed, the
  // benches) use them all. A floor does not reach up. Tests may use the test helpers of any floor.
  ...[
    { files: ["lib/**/*.{ts,tsx}"], above: ["db", "server", "components", "app", "scripts"] },
    { files: ["db/**/*.ts"], above: ["server", "components", "app", "scripts"] },
    { files: ["server/**/*.{ts,tsx}"], above: ["components", "app", "scripts"] },
  ].map(({ files, above }) => ({
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: above.map((floor) => ({
            group: [`@/${floor}`, `@/${floor}/**`],
            message: `This floor does not import from ${floor}/, the floor above it.`,
          })),
        },
      ],
    },
  })),
  // Components are the browser's code. zod (30 KB gzipped on every page that imports it) and the
  // Markdown parser (markdown-it, 42 KB) stay on the server: forms take their limits from lib/limits,
  // comments come parsed. Their types may still be imported.
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...["zod", "@/lib/validation"].map((name) => ({
              name,
              allowTypeImports: true,
              message:
                "Browser code does not import zod: take limits from @/lib/limits; the server validates.",
            })),
            ...["markdown-it", "@/lib/markdown/parse"].map((name) => ({
              name,
              allowTypeImports: true,
              message: "Browser code does not parse Markdown: comments.list sends each body parsed (blocks).",
            })),
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "e2e/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
]);
