import { Search } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * One box for the whole team: a plain GET form to the results page, so it works before the page's
 * scripts load and the search stays in the address.
 */
export function SearchEverythingForm({ teamSlug, q = "" }: { teamSlug: string; q?: string }) {
  return (
    <form role="search" action={`/t/${teamSlug}/search`} method="get" className="flex gap-2">
      <label htmlFor="search-everything" className="sr-only">
        Search everything
      </label>
      <Input
        id="search-everything"
        name="q"
        type="search"
        defaultValue={q}
        maxLength={200}
        placeholder="Search articles, claims, sources and assessments"
        className="min-w-0 flex-1"
      />
      <Button type="submit">
        <Search aria-hidden="true" /> Search
      </Button>
    </form>
  );
}
