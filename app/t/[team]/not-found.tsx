import { SearchX } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function TeamNotFound() {
  return (
    <EmptyState
      icon={SearchX}
      title="Team not found"
      description="This team does not exist, or you are not a member of it. Ask one of its owners for an invitation link."
      action={
        <Button asChild>
          <Link href="/teams">See your teams</Link>
        </Button>
      }
    />
  );
}
