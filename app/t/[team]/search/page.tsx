import { Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { Snippet } from "@/components/articles/snippet";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { ClaimCode } from "@/components/claims/claim-code";
import { SearchEverythingForm } from "@/components/search/search-everything-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SOURCE_KIND_LABELS } from "@/lib/sources";
import { getCaller, requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Search" };

/** One kind of result: its best few, and a link to the whole list when there are more. */
function Group({
  title,
  count,
  more,
  children,
}: {
  title: string;
  count: number;
  more: { href: string; hasMore: boolean };
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader className="flex flex-row items-center justify-between gap-3">
        <CardTitle>
          {title} ({more.hasMore ? `${count}+` : count})
        </CardTitle>
        {more.hasMore ? (
          <Link href={more.href} className="text-primary text-sm font-medium hover:underline">
            See all {title.toLowerCase()}
          </Link>
        ) : null}
      </CardHeader>
      <CardBody>
        {count === 0 ? (
          <p className="text-muted text-sm">No {title.toLowerCase()} match.</p>
        ) : (
          <ul aria-label={title} className="flex flex-col gap-3">
            {children}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

/** Everything of the team that matches one search: articles, claims, sources and assessments. */
export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ team: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { team: slug } = await params;
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const team = await requireTeam(slug, `/t/${slug}/search${q ? `?q=${encodeURIComponent(q)}` : ""}`);
  const base = `/t/${team.slug}`;
  const found = q ? await (await getCaller()).search.everything({ teamSlug: team.slug, q }) : null;
  const query = encodeURIComponent(q);
  const total = found
    ? found.articles.items.length +
      found.claims.items.length +
      found.sources.items.length +
      found.assessments.items.length
    : 0;
  return (
    <>
      <PageHeader
        title="Search"
        description="Articles, claims, sources and assessments of the team at once, the best matches of each."
      />
      <SearchEverythingForm teamSlug={team.slug} q={q} />
      {!found ? (
        <EmptyState
          icon={Search}
          title="Search the whole team"
          description='Type words to find them in every article, claim, source and assessment. Put a phrase in quotes to find it exactly ("was not up for discussion"), use OR for either word, and a minus to leave a word out.'
        />
      ) : total === 0 ? (
        <EmptyState
          icon={Search}
          title="Nothing matches"
          description="No article, claim, source or assessment of this team has those words. Try fewer words, or a phrase without its quotes."
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Group
            title="Articles"
            count={found.articles.items.length}
            more={{ href: `${base}/articles?q=${query}`, hasMore: found.articles.hasMore }}
          >
            {found.articles.items.map((article) => (
              <li key={article.id} className="flex flex-col gap-1">
                <Link href={`${base}/articles/${article.id}`} className="font-medium hover:underline">
                  {article.title}
                </Link>
                <p className="text-muted text-sm">
                  <Snippet text={article.snippet} />
                </p>
              </li>
            ))}
          </Group>
          <Group
            title="Claims"
            count={found.claims.items.length}
            more={{ href: `${base}/claims?q=${query}`, hasMore: found.claims.hasMore }}
          >
            {found.claims.items.map((claim) => (
              <li key={claim.id} className="flex items-start gap-2">
                <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
                <span className="flex min-w-0 flex-col">
                  <Link href={`${base}/claims/${claim.id}`} className="font-medium hover:underline">
                    {claim.statement}
                  </Link>
                  <span className="text-muted truncate text-xs">in {claim.article.title}</span>
                </span>
              </li>
            ))}
          </Group>
          <Group
            title="Sources"
            count={found.sources.items.length}
            more={{ href: `${base}/sources`, hasMore: found.sources.hasMore }}
          >
            {found.sources.items.map((source) => (
              <li key={source.id} className="flex flex-col">
                <Link href={`${base}/sources/${source.id}`} className="font-medium hover:underline">
                  {source.name}
                </Link>
                <span className="text-muted text-xs">
                  {SOURCE_KIND_LABELS[source.kind]} · {source.articleCount}{" "}
                  {source.articleCount === 1 ? "article" : "articles"}
                </span>
              </li>
            ))}
          </Group>
          <Group
            title="Assessments"
            count={found.assessments.items.length}
            more={{ href: `${base}/assessments?q=${query}`, hasMore: found.assessments.hasMore }}
          >
            {found.assessments.items.map((assessment) => (
              <li key={assessment.id} className="flex flex-col items-start gap-1">
                <Link href={`${base}/assessments/${assessment.id}`} className="font-medium hover:underline">
                  {assessment.title}
                </Link>
                <AssessmentStatusBadge
                  status={assessment.status}
                  publishedVersion={assessment.publishedVersion}
                />
              </li>
            ))}
          </Group>
        </div>
      )}
    </>
  );
}
