import { TRPCError } from "@trpc/server";
import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleActions } from "@/components/articles/article-actions";
import { CopyButton } from "@/components/articles/copy-button";
import { ArticleReader } from "@/components/claims/article-reader";
import { ReliabilityBadge } from "@/components/sources/reliability-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { getCaller, getQueryClient, HydrateClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Article" };

const FIELD_LABELS: Record<string, string> = {
  title: "title",
  outletId: "outlet",
  author: "author",
  publishedAt: "published date",
  url: "URL",
  language: "language",
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDate(new Date(value));
  return typeof value === "string" ? `“${value}”` : "a new value";
}

const VERBS: Record<string, string> = {
  "article.attached": "attached the article",
  "article.deleted": "moved it to the trash",
  "article.restored": "restored it",
};

export default async function ArticlePage({
  params,
}: {
  params: Promise<{ team: string; articleId: string }>;
}) {
  const { team: slug, articleId } = await params;
  const team = await requireTeam(slug, `/t/${slug}/articles/${articleId}`);
  const caller = await getCaller();
  let article;
  try {
    article = await caller.articles.get({ teamSlug: team.slug, articleId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  const history = await caller.articles.history({ teamSlug: team.slug, articleId });

  // The highlights are painted from the first HTML, not after a second round trip.
  await getQueryClient().prefetchQuery(
    trpc.claims.listByArticle.queryOptions({ teamSlug: team.slug, articleId }),
  );
  const details = (
    <>
      <Card>
        <CardHeader>
          <CardTitle>Snapshot</CardTitle>
        </CardHeader>
        <CardBody className="flex flex-col gap-2 text-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
            <dt className="text-muted">Words</dt>
            <dd>{article.wordCount.toLocaleString("en")}</dd>
            <dt className="text-muted">Language</dt>
            <dd>{article.language ?? "unknown"}</dd>
            <dt className="text-muted">Source</dt>
            <dd>
              {article.importMethod === "file"
                ? `file ${article.fileName ?? ""}`
                : article.importMethod === "url"
                  ? "fetched from its URL"
                  : "pasted text"}
            </dd>
            <dt className="text-muted">Attached</dt>
            <dd>
              {formatDate(article.createdAt)} by {article.attachedByName ?? "a former member"}
            </dd>
          </dl>
          <div className="mt-2">
            <p className="text-muted">SHA-256 of the text</p>
            <div className="flex items-start gap-1">
              <code className="font-mono text-xs break-all">{article.contentHash}</code>
              <CopyButton value={article.contentHash} label="Copy the SHA-256" />
            </div>
            <p className="text-muted mt-1 text-xs">
              The text never changes after attaching; this hash proves it.
            </p>
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>History</CardTitle>
        </CardHeader>
        <CardBody>
          <ol className="flex flex-col gap-3 text-sm">
            {history.map((entry) => (
              <li key={entry.id} className="flex flex-col">
                <span>
                  <strong className="font-medium">{entry.actorName ?? "A former member"}</strong>{" "}
                  {entry.verb === "article.updated" && entry.changes
                    ? `changed ${Object.entries(entry.changes)
                        .map(([field, change]) =>
                          field === "outletId"
                            ? "the outlet"
                            : `the ${FIELD_LABELS[field] ?? field} from ${describeValue(change.from)} to ${describeValue(change.to)}`,
                        )
                        .join("; ")}`
                    : (VERBS[entry.verb] ?? entry.verb)}
                </span>
                <span className="text-muted text-xs">{formatDate(entry.createdAt)}</span>
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>
    </>
  );

  return (
    <HydrateClient>
      <article className="flex min-w-0 flex-col gap-5">
        <nav aria-label="Breadcrumb" className="text-muted text-sm">
          <Link href={`/t/${team.slug}/articles`} className="hover:underline">
            Articles
          </Link>
        </nav>
        {article.deletedAt ? (
          <Alert tone="warning" title="This article is in the trash">
            Moved there by {article.deletedByName ?? "a former member"} on {formatDate(article.deletedAt)}. It
            is hidden from the library and search until it is restored.
          </Alert>
        ) : null}
        <header className="flex flex-col gap-3">
          <h1 className="text-3xl font-semibold tracking-tight">{article.title}</h1>
          <p className="text-muted flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            {article.outlet ? (
              <span className="inline-flex items-center gap-1.5">
                <ReliabilityBadge consensus={article.outlet.consensus} size="sm" />
                <Link
                  href={`/t/${team.slug}/sources/${article.outlet.id}`}
                  className="text-foreground font-medium hover:underline"
                >
                  {article.outlet.name}
                </Link>
              </span>
            ) : (
              <span>No outlet</span>
            )}
            {article.author ? <span>· by {article.author}</span> : null}
            <span>
              ·{" "}
              {article.publishedAt
                ? `published ${formatDate(article.publishedAt)}`
                : "publication date unknown"}
            </span>
            {article.url ? (
              <a
                href={article.url}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-primary inline-flex items-center gap-1 hover:underline"
              >
                · original <ExternalLink aria-hidden="true" className="size-3.5" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            ) : null}
          </p>
          {article.canEdit ? (
            <ArticleActions
              teamSlug={team.slug}
              article={{
                id: article.id,
                title: article.title,
                outletName: article.outlet?.name ?? null,
                author: article.author,
                publishedAt: article.publishedAt,
                url: article.url,
                language: article.language,
                isDeleted: article.deletedAt !== null,
              }}
            />
          ) : null}
        </header>
        <ArticleReader
          teamSlug={team.slug}
          article={{
            id: article.id,
            text: article.text,
            blocks: article.blocks,
            isDeleted: article.deletedAt !== null,
          }}
          details={details}
        />
      </article>
    </HydrateClient>
  );
}
