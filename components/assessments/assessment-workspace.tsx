"use client";

import dynamic from "next/dynamic";

import { Skeleton } from "@/components/ui/skeleton";

/**
 * The editor runs in the browser only: its document lives in a websocket session, which a server
 * render cannot open. Until it loads, a placeholder keeps the page's shape.
 */
export const AssessmentWorkspace = dynamic(
  () => import("./assessment-editor").then((module) => module.AssessmentEditor),
  { ssr: false, loading: () => <Skeleton className="h-96" /> },
);
