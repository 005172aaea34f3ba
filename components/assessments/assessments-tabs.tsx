import Link from "next/link";

import { cn } from "@/lib/cn";

/** Switch between all assessments (drafts and reviews) and the team's published versions. */
export function AssessmentsTabs({ teamSlug, current }: { teamSlug: string; current: "all" | "published" }) {
  const tabs = [
    { key: "all", label: "All assessments", href: `/t/${teamSlug}/assessments` },
    { key: "published", label: "Published", href: `/t/${teamSlug}/assessments/published` },
  ] as const;
  return (
    <nav aria-label="Assessment views" className="border-border flex gap-1 border-b">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.key === current
              ? "border-primary text-foreground"
              : "text-muted hover:text-foreground border-transparent",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
