import { SearchX } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main
      data-not-found=""
      className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center"
    >
      <span className="bg-primary-soft text-primary flex size-14 items-center justify-center rounded-full">
        <SearchX aria-hidden="true" className="size-7" />
      </span>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted max-w-md text-sm">
        This page does not exist, or it belongs to a team you are not a member of.
      </p>
      <Button asChild>
        <Link href="/">Back to your workspace</Link>
      </Button>
    </main>
  );
}
