import { SearchX } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A team's address, or something under it, that does not exist for the reader: a team they are not
 * in, or a claim, source or assessment that is gone or never was. One page for both, since telling
 * them apart would tell an outsider which teams exist. `data-not-found` lets the link crawl find it.
 */
export default function TeamNotFound() {
  return (
    <div data-not-found="">
      <EmptyState
        icon={SearchX}
        title="Page not found"
        description="Nothing is at this address: it was deleted, the link is wrong, or it belongs to a team you are not a member of. Ask one of that team's owners for an invitation link."
        action={
          <Button asChild>
            <Link href="/teams">See your teams</Link>
          </Button>
        }
      />
    </div>
  );
}
