"use client";

import { ThemeProvider } from "next-themes";
import { Tooltip } from "radix-ui";
import { useEffect } from "react";

import { Toaster } from "@/components/ui/toaster";

import { TRPCReactProvider } from "./trpc-provider";

/**
 * Marks the page as interactive once React has hydrated it. Automated browser tests wait for it
 * before clicking, as a person waits for a page to finish loading; nothing else reads it.
 */
function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}

/**
 * Everything client components expect around them: theme, data, tooltips, toasts. `nonce` is the
 * page's CSP nonce, for the script that sets the theme before the first paint.
 */
export function AppProviders({ children, nonce }: { children: React.ReactNode; nonce?: string | undefined }) {
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      {...(nonce ? { nonce } : {})}
    >
      <TRPCReactProvider>
        <Tooltip.Provider delayDuration={300}>
          {children}
          <Toaster />
          <HydrationMark />
        </Tooltip.Provider>
      </TRPCReactProvider>
    </ThemeProvider>
  );
}
