"use client";

import type { ReactNode } from "react";

import { Alert } from "./alert";
import { Button } from "./button";
import { Skeleton } from "./skeleton";

/**
 * The shared states of a list that loads: placeholders while it loads, an error with a way to try
 * again, and a "Load more" button for the next page. One look and one wording across the app.
 */
export function LoadingRows({
  label,
  count = 3,
  className = "h-24",
}: {
  label: string;
  count?: number;
  className?: string;
}) {
  return (
    <div className="flex flex-col gap-3" role="status" aria-label={label}>
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} className={className} />
      ))}
    </div>
  );
}

/** A failed load: what could not be loaded, the server's sentence, and "Try again". */
export function LoadError({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: ReactNode;
  onRetry: () => void;
}) {
  return (
    <Alert tone="error" title={title}>
      {message}{" "}
      <button type="button" className="font-medium underline" onClick={onRetry}>
        Try again
      </button>
    </Alert>
  );
}

/** The next page of an infinite list, when there is one. */
export function LoadMore({
  hasMore,
  isLoading,
  onLoad,
}: {
  hasMore: boolean;
  isLoading: boolean;
  onLoad: () => void;
}) {
  if (!hasMore) return null;
  return (
    <div className="flex justify-center">
      <Button variant="secondary" isLoading={isLoading} onClick={onLoad}>
        Load more
      </Button>
    </div>
  );
}
