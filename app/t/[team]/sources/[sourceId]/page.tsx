import { TRPCError } from "@trpc/server";
import { EyeOff, Globe } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";

import { GradeLetter, ReliabilityBadge } from "@/components/sources/reliability-badge";
import { MergeSourceDialog } from "@/components/sources/merge-source-dialog";
import { RateSourceForm } from "@/components/sources/rate-source-form";
import { ConsensusTimeline, RatingDistribution } from "@/components/sources/rating-charts";
import { SourceFormDialog } from "@/components/sources/source-form-dialog";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SourceClaims } from "@/components/claims/source-claims";
import { formatDate } from "@/lib/format";
import { RELIABILITY } from "@/lib/scales";
import { SOURCE_KIND_LABELS } from "@/lib/sources";
import { getCaller, requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({
  params,
}: {
  params: Promise<{ team: string; sourceId: string }>;
}) {
  const { team: slug, sourceId } = await params;
  const team = await requireTeam(slug, `/t/${slug}/sources/${sourceId}`);
  let result;
  try {
    result = await (await getCaller()).sources.get({ teamSlug: team.slug, sourceId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  if (result.mergedIntoId) redirect(`/t/${team.slug}/sources/${result.mergedIntoId}`);
  const source = result.source;
  if (!source) notFound();
  const mine = source.myRatings[0] ?? null;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <Link href={`/t/${team.slug}/sources`} className="hover:underline">
          Sources
        </Link>
      </nav>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight">
            <ReliabilityBadge consensus={source.consensus} />
            {source.name}
          </h1>
          <p className="text-muted flex flex-wrap items-center gap-x-2 text-sm">
            <span>{SOURCE_KIND_LABELS[source.kind]}</span>
            {source.domain ? <span>· {source.domain}</span> : null}
            {source.url ? (
              <a
                href={source.url}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-primary inline-flex items-center gap-1 hover:underline"
              >
                · <Globe aria-hidden="true" className="size-3.5" /> website
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
          </p>
          {source.description ? <p className="max-w-2xl text-sm">{source.description}</p> : null}
        </div>
        {source.canEdit ? (
          <div className="flex flex-wrap gap-2">
            <SourceFormDialog
              teamSlug={team.slug}
              source={{
                id: source.id,
                kind: source.kind,
                name: source.name,
                url: source.url,
                description: source.description,
              }}
            />
            <MergeSourceDialog teamSlug={team.slug} source={{ id: source.id, name: source.name }} />
          </div>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Team reliability</CardTitle>
            <CardDescription>
              The median of each analyst&apos;s latest grade; disputed when analysts are two or more grades
              apart.
            </CardDescription>
          </CardHeader>
          <CardBody className="flex flex-col gap-4">
            {source.consensus.isHidden ? (
              <Alert tone="info" title="Blind rating">
                <span className="inline-flex items-center gap-1">
                  <EyeOff aria-hidden="true" className="size-4" /> {source.consensus.count} analyst
                  {source.consensus.count === 1 ? " has" : "s have"} rated this source.
                </span>{" "}
                Give your own grade first; then you will see theirs and the team&apos;s consensus.
              </Alert>
            ) : source.consensus.grade ? (
              <>
                <p className="text-sm">
                  <strong>
                    {source.consensus.grade}: {RELIABILITY[source.consensus.grade].label}
                  </strong>{" "}
                  from {source.consensus.count} rating{source.consensus.count === 1 ? "" : "s"}
                  {source.consensus.isDisputed ? `, disputed (grades ${source.consensus.spread} apart)` : ""}.
                </p>
                {source.distribution ? <RatingDistribution distribution={source.distribution} /> : null}
                <h3 className="text-sm font-semibold">Consensus over time</h3>
                {source.timeline ? <ConsensusTimeline timeline={source.timeline} /> : null}
              </>
            ) : (
              <p className="text-muted text-sm">Nobody has rated this source yet.</p>
            )}
          </CardBody>
        </Card>

        {source.canRate ? (
          <Card>
            <CardHeader>
              <CardTitle>{mine ? "Your rating" : "Rate this source"}</CardTitle>
              <CardDescription>
                {mine
                  ? `You rated it ${mine.grade} on ${formatDate(mine.createdAt)}. Rating again keeps the earlier one in the history.`
                  : "How far has this source proved trustworthy? Choose a grade and say why."}
              </CardDescription>
            </CardHeader>
            <CardBody>
              <RateSourceForm teamSlug={team.slug} sourceId={source.id} current={mine?.grade ?? null} />
            </CardBody>
          </Card>
        ) : null}
      </div>

      {source.ratings ? (
        <Card>
          <CardHeader>
            <CardTitle>Ratings</CardTitle>
          </CardHeader>
          <CardBody>
            {source.ratings.length === 0 ? (
              <p className="text-muted text-sm">No ratings yet.</p>
            ) : (
              <ul className="divide-border flex flex-col divide-y">
                {source.ratings.map((rating) => (
                  <li key={rating.raterId} className="flex gap-3 py-3">
                    <GradeLetter grade={rating.grade} />
                    <div className="flex flex-col text-sm">
                      <span>
                        <strong className="font-medium">{rating.raterName}</strong>{" "}
                        <span className="text-muted">· {formatDate(rating.ratedAt)}</span>
                        <span className="sr-only">, grade {rating.grade}</span>
                      </span>
                      <span>{rating.rationale}</span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {source.history && source.history.length > source.ratings.length ? (
              <details className="mt-3 text-sm">
                <summary className="text-muted cursor-pointer">
                  Full history ({source.history.length} ratings)
                </summary>
                <ol className="mt-2 flex flex-col gap-2">
                  {source.history.map((entry) => (
                    <li key={entry.id}>
                      {formatDate(entry.createdAt)} · {entry.raterName} gave <strong>{entry.grade}</strong>:{" "}
                      {entry.rationale}
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </CardBody>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>Articles</CardTitle>
        </CardHeader>
        <CardBody>
          {source.articles.length === 0 ? (
            <p className="text-muted text-sm">No articles from this source yet.</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {source.articles.map((article) => (
                <li key={article.id}>
                  <Link
                    href={`/t/${team.slug}/articles/${article.id}`}
                    className="hover:text-primary font-medium hover:underline"
                  >
                    {article.title}
                  </Link>{" "}
                  <span className="text-muted">
                    · {article.publishedAt ? formatDate(article.publishedAt) : "date unknown"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Claims</CardTitle>
        </CardHeader>
        <CardBody>
          <SourceClaims teamSlug={team.slug} sourceId={source.id} isOutlet={source.kind === "outlet"} />
        </CardBody>
      </Card>
    </div>
  );
}
