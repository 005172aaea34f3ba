import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";

import { AppProviders } from "@/components/providers/app-providers";
import { NONCE_HEADER } from "@/server/security/headers";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Analyst Workspace", template: "%s · Analyst Workspace" },
  description: "Attach articles, tag claims, score sources and write assessments together.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafbfc" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

/**
 * Every page is rendered per request (reading the headers makes it so): each carries its own CSP
 * nonce, which server.ts puts on the request, for Next's scripts and the theme script.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <AppProviders nonce={nonce}>{children}</AppProviders>
      </body>
    </html>
  );
}
