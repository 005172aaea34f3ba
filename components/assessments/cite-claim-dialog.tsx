"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { ClaimCode } from "@/components/claims/claim-code";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * Find a claim to cite: search the team's claims by their words; choosing one inserts it at the
 * caret as a citation chip.
 */
export function CiteClaimDialog({
  teamSlug,
  isOpen,
  onClose,
  onCite,
}: {
  teamSlug: string;
  isOpen: boolean;
  onClose: () => void;
  onCite: (claimId: string) => void;
}) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const handle = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(handle);
  }, [typed]);
  const search = useQuery({
    ...trpc.claims.list.queryOptions({ teamSlug, q: q || undefined, limit: 12 }),
    enabled: isOpen,
  });
  return (
    <Dialog open={isOpen} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent title="Cite a claim" className="max-w-2xl">
        <Field label="Find a claim" hint="Words of its statement or passage; quotes for a phrase.">
          {(control) => (
            <Input
              {...control}
              type="search"
              autoFocus
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </Field>
        <ul aria-label="Claims to cite" className="flex max-h-96 flex-col gap-1 overflow-y-auto">
          {search.isPending ? <li className="text-muted text-sm">Searching…</li> : null}
          {!search.isPending && (search.data?.items.length ?? 0) === 0 ? (
            <li className="text-muted text-sm">No claims match.</li>
          ) : null}
          {(search.data?.items ?? []).map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                onClick={() => onCite(claim.id)}
                className="border-border hover:border-primary hover:bg-primary-soft flex w-full items-start gap-2 rounded-md border p-2 text-left text-sm"
              >
                <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
                <span className="flex min-w-0 flex-col">
                  <span className="font-medium">Cite: {claim.statement}</span>
                  <span className="text-muted truncate text-xs">
                    {claim.article.title}
                    {claim.contradictionsCount ? " · contradicted" : ""}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </DialogContent>
    </Dialog>
  );
}
