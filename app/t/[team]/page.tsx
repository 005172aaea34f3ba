import type { Metadata } from "next";
import Link from "next/link";

import { ActivitySentence } from "@/components/activity/activity-sentence";
import { SearchEverythingForm } from "@/components/search/search-everything-form";
import { TEAM_NAV } from "@/components/shell/nav-items";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { groupActivity } from "@/lib/activity-text";
import { formatDate } from "@/lib/format";
import { ROLE_DESCRIPTIONS, roleWithArticle } from "@/lib/roles";
import { getCaller, requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Overview" };

export default async function TeamOverviewPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}`);
  const overview = await (await getCaller()).teams.overview({ teamSlug: team.slug });
  const counts = [
    { label: "Articles", value: overview.counts.articles, href: `/t/${team.slug}/articles` },
    { label: "Sources", value: overview.counts.sources, href: `/t/${team.slug}/sources` },
    { label: "Members", value: overview.counts.members, href: `/t/${team.slug}/team` },
  ];
  return (
    <>
      <PageHeader
        title={team.name}
        description={
          <>
            You are <strong className="text-foreground">{roleWithArticle(team.role)}</strong> in this team.{" "}
            {ROLE_DESCRIPTIONS[team.role]}
          </>
        }
      />
      <SearchEverythingForm teamSlug={team.slug} />
      <ul aria-label="In this team" className="grid gap-3 sm:grid-cols-3">
        {counts.map((item) => (
          <li key={item.label}>
            <Link
              href={item.href}
              className="border-border bg-surface hover:border-primary flex flex-col rounded-lg border p-4 shadow-xs"
            >
              <span className="text-muted text-sm">{item.label}</span>
              <span className="text-2xl font-semibold tabular-nums">{item.value.toLocaleString("en")}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <CardHeader>
            <CardTitle>Recent activity</CardTitle>
          </CardHeader>
          <CardBody>
            {overview.recent.length === 0 ? (
              <p className="text-muted text-sm">Nothing has happened in this team yet.</p>
            ) : (
              <ol className="flex flex-col gap-3 text-sm">
                {groupActivity(overview.recent).map(({ entry, count }) => (
                  <li key={entry.id} className="flex flex-col">
                    <span className="break-words">
                      <ActivitySentence teamSlug={team.slug} entry={entry} count={count} />
                    </span>
                    <span className="text-muted text-xs">{formatDate(entry.createdAt)}</span>
                  </li>
                ))}
              </ol>
            )}
          </CardBody>
        </Card>
        <ul className="flex flex-col gap-3">
          {TEAM_NAV.filter((item) => item.segment && item.segment !== "team").map((item) => (
            <li key={item.segment}>
              <Link
                href={`/t/${team.slug}/${item.segment}`}
                className="border-border bg-surface hover:border-primary flex h-full flex-col gap-1 rounded-lg border p-4 shadow-xs"
              >
                <span className="flex items-center gap-2 font-medium">
                  <item.icon aria-hidden="true" className="text-primary size-4" />
                  {item.label}
                </span>
                <span className="text-muted text-sm">{item.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
