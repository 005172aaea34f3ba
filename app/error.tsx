"use client";

import { AlertTriangle } from "lucide-react";
import { useEffect } from "react";

import { Button } from "@/components/ui/button";

/** Shown when a page fails to render. The digest lets an operator find the cause in the server log. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div
      role="alert"
      className="flex min-h-[50dvh] flex-col items-center justify-center gap-4 px-4 text-center"
    >
      <span className="bg-danger-soft text-danger flex size-14 items-center justify-center rounded-full">
        <AlertTriangle aria-hidden="true" className="size-7" />
      </span>
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted max-w-md text-sm">
        The page could not be shown. Nothing you saved is lost. Try again, and if it keeps happening, tell us
        {error.digest ? ` the code ${error.digest}` : ""}.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
