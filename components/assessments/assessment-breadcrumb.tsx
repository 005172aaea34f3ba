import Link from "next/link";
import { Fragment } from "react";

/** The way back from an assessment's inner pages: Assessments / its title / (Versions). */
export function AssessmentBreadcrumb({
  teamSlug,
  assessment,
  withVersions = false,
}: {
  teamSlug: string;
  assessment?: { id: string; title: string };
  withVersions?: boolean;
}) {
  const base = `/t/${teamSlug}/assessments`;
  const steps = [
    { href: base, label: "Assessments" },
    ...(assessment ? [{ href: `${base}/${assessment.id}`, label: assessment.title }] : []),
    ...(assessment && withVersions ? [{ href: `${base}/${assessment.id}/versions`, label: "Versions" }] : []),
  ];
  return (
    <nav aria-label="Breadcrumb" className="text-muted flex flex-wrap gap-1 text-sm">
      {steps.map((step, index) => (
        <Fragment key={step.href}>
          {index > 0 ? <span aria-hidden="true">/</span> : null}
          <Link href={step.href} className="hover:underline">
            {step.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
