"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Unlink } from "lucide-react";
import Link from "next/link";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { formatDate } from "@/lib/format";
import type { LinkKind } from "@/lib/claims";
import type { ClaimCodeProps } from "./claim-code";
import { ClaimCode } from "./claim-code";

export interface ClaimRelation {
  id: string;
  kind: LinkKind;
  label: string;
  note: string | null;
  createdAt: Date;
  createdByName: string;
  other: {
    id: string;
    statement: string;
    article: { id: string; title: string };
    reliability: ClaimCodeProps["reliability"];
    credibility: ClaimCodeProps["credibility"];
  };
}

/**
 * A claim's relations to other claims, grouped by how they relate ("Contradicted by", "Corroborates"
 * …), each leading to the other claim; editors can remove a link.
 */
export function ClaimRelations({
  teamSlug,
  links,
  canLink,
}: {
  teamSlug: string;
  links: readonly ClaimRelation[];
  canLink: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unlink = useMutation(
    trpc.claims.links.delete.mutationOptions({
      onSuccess: async () => {
        toast.success("Link removed.");
        await queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  if (links.length === 0) return <p className="text-muted text-sm">Not linked to other claims yet.</p>;
  const groups = new Map<string, ClaimRelation[]>();
  for (const link of links) groups.set(link.label, [...(groups.get(link.label) ?? []), link]);
  return (
    <div className="flex flex-col gap-4">
      {[...groups.entries()].map(([label, items]) => (
        <section key={label} aria-label={label} className="flex flex-col gap-2">
          <h4 className={`text-sm font-semibold ${items[0]?.kind === "contradicts" ? "text-danger" : ""}`}>
            {label} ({items.length})
          </h4>
          <ul className="flex flex-col gap-2">
            {items.map((link) => (
              <li
                key={link.id}
                className="border-border flex items-start gap-2 rounded-md border p-2 text-sm"
              >
                <ClaimCode
                  reliability={link.other.reliability}
                  credibility={link.other.credibility}
                  size="sm"
                />
                <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <Link
                    href={`/t/${teamSlug}/claims/${link.other.id}`}
                    className="font-medium hover:underline"
                  >
                    {link.other.statement}
                  </Link>
                  <span className="text-muted truncate text-xs">in {link.other.article.title}</span>
                  {link.note ? <span className="text-sm">“{link.note}”</span> : null}
                  <span className="text-muted text-xs">
                    Linked by {link.createdByName}, {formatDate(link.createdAt)}
                  </span>
                </div>
                {canLink ? (
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={`Remove link to “${link.other.statement}”`}
                    isLoading={unlink.isPending && unlink.variables.linkId === link.id}
                    onClick={() => unlink.mutate({ teamSlug, linkId: link.id })}
                  >
                    <Unlink aria-hidden="true" />
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
