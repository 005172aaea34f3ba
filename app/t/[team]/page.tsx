import type { Metadata } from "next";
import Link from "next/link";

import { TEAM_NAV } from "@/components/shell/nav-items";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { ROLE_DESCRIPTIONS, roleWithArticle } from "@/lib/roles";
import { getCaller, requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Overview" };

const SECTION_TEXT: Record<string, string> = {
  articles: "The news coverage the team follows, kept as unchangeable snapshots.",
  claims: "What the articles assert, highlighted in place, tagged and rated 1–6.",
  sources: "Outlets and people, each with the team's A–F reliability rating.",
  assessments: "Documents the team writes together, reviews and publishes.",
  team: "Who is in the team, their roles, and invitation links.",
};

const VERBS: Record<string, string> = {
  "article.attached": "attached",
  "article.updated": "edited the details of",
  "article.deleted": "moved to the trash",
  "article.restored": "restored",
  "source.created": "added the source",
  "source.updated": "edited the source",
  "source.rated": "rated",
  "source.merged": "merged a duplicate into",
};

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
      <dl className="grid gap-3 sm:grid-cols-3">
        {counts.map((item) => (
          <Link
            key={item.label}
            href={item.href}
            className="border-border bg-surface hover:border-primary rounded-lg border p-4 shadow-xs"
          >
            <dt className="text-muted text-sm">{item.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{item.value.toLocaleString("en")}</dd>
          </Link>
        ))}
      </dl>
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
                {overview.recent.map((entry) => {
                  const href =
                    entry.subjectType === "article"
                      ? `/t/${team.slug}/articles/${entry.subjectId}`
                      : `/t/${team.slug}/sources/${entry.subjectId}`;
                  return (
                    <li key={entry.id} className="flex flex-col">
                      <span>
                        <strong className="font-medium">{entry.actorName ?? "A former member"}</strong>{" "}
                        {VERBS[entry.verb] ?? entry.verb}{" "}
                        <Link href={href} className="text-primary hover:underline">
                          {entry.title ?? (entry.subjectType === "article" ? "an article" : "a source")}
                        </Link>
                      </span>
                      <span className="text-muted text-xs">{formatDate(entry.createdAt)}</span>
                    </li>
                  );
                })}
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
                <span className="text-muted text-sm">{SECTION_TEXT[item.segment]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
