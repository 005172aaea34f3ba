import type { Metadata } from "next";
import { Suspense } from "react";

import { AttachArticleDialog } from "@/components/articles/attach-article-dialog";
import { Library } from "@/components/articles/library";
import { PageHeader } from "@/components/shell/page-header";
import { libraryInput, parseLibraryParams } from "@/lib/library-params";
import { toSearchParams } from "@/lib/view-state";
import { HydrateClient, getQueryClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Articles" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ArticlesPage({
  params,
  searchParams,
}: {
  params: Promise<{ team: string }>;
  searchParams: SearchParams;
}) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/articles`);
  const filters = parseLibraryParams(toSearchParams(await searchParams));
  void getQueryClient().prefetchInfiniteQuery(
    trpc.articles.list.infiniteQueryOptions(libraryInput(team.slug, filters), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const canAttach = team.permissions["article.create"];
  return (
    <HydrateClient>
      <PageHeader
        title="Articles"
        description="The coverage your team follows, each kept as an unchangeable snapshot."
        actions={canAttach ? <AttachArticleDialog teamSlug={team.slug} /> : null}
      />
      <Suspense>
        <Library teamSlug={team.slug} canAttach={canAttach} />
      </Suspense>
    </HydrateClient>
  );
}
