import { cn } from "@/lib/cn";

const STATUS: Record<"draft" | "in_review" | "approved", { label: string; className: string }> = {
  draft: { label: "Draft", className: "bg-surface-muted text-foreground" },
  in_review: { label: "In review", className: "bg-warning-soft text-warning" },
  approved: { label: "Approved", className: "bg-success-soft text-success" },
};

/** The draft's review status, and the latest published version when there is one. */
export function AssessmentStatusBadge({
  status,
  publishedVersion,
}: {
  status: "draft" | "in_review" | "approved";
  publishedVersion: number;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", STATUS[status].className)}>
        {STATUS[status].label}
      </span>
      {publishedVersion > 0 ? (
        <span className="bg-primary-soft text-primary rounded-full px-2 py-0.5 text-xs font-medium">
          Version {publishedVersion} published
        </span>
      ) : null}
    </span>
  );
}
