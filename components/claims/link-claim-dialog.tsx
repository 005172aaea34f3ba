"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link2 } from "lucide-react";
import { useId, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { RadioCards } from "@/components/ui/radio-cards";
import { toast } from "@/components/ui/toaster";
import { cn } from "@/lib/cn";
import { CLAIM_LIMITS, LINK_KIND_INFO, LINK_KINDS, type LinkKind } from "@/lib/claims";

import { ClaimCode } from "./claim-code";

const KIND_OPTIONS = LINK_KINDS.map((kind) => ({
  value: kind,
  label: LINK_KIND_INFO[kind].label,
  description: LINK_KIND_INFO[kind].description,
}));

/**
 * Link this claim to another anywhere in the team: search the claims by their words, pick one, say
 * how they relate and why.
 */
export function LinkClaimDialog({ teamSlug, claimId }: { teamSlug: string; claimId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kindLabelId = useId();
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [targetId, setTargetId] = useState<string | null>(null);
  const [kind, setKind] = useState<LinkKind>("corroborates");
  const [note, setNote] = useState("");
  const search = useQuery({
    ...trpc.claims.list.queryOptions({ teamSlug, q: query.trim() || undefined, limit: 8 }),
    enabled: isOpen,
  });
  const link = useMutation(
    trpc.claims.links.create.mutationOptions({
      onSuccess: async () => {
        toast.success("Claims linked.");
        setOpen(false);
        setTargetId(null);
        setNote("");
        await queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
      },
    }),
  );
  const candidates = (search.data?.items ?? []).filter((item) => item.id !== claimId);
  // A contradiction flags the published assessments citing either claim: say so before it happens.
  const impact = useQuery({
    ...trpc.claims.reReviewImpact.queryOptions({
      teamSlug,
      claimIds: targetId ? [claimId, targetId] : [claimId],
    }),
    enabled: isOpen && kind === "contradicts" && targetId !== null,
  });
  const flagged = kind === "contradicts" && targetId ? (impact.data?.items ?? []) : [];
  return (
    <Dialog open={isOpen} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Link2 aria-hidden="true" /> Link to another claim
        </Button>
      </DialogTrigger>
      <DialogContent title="Link to another claim" className="max-w-2xl">
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (targetId) link.mutate({ teamSlug, claimId, toClaimId: targetId, kind, note: note || null });
          }}
        >
          {link.error && !link.error.data?.fieldErrors ? (
            <Alert tone="error">{link.error.message}</Alert>
          ) : null}
          <Field label="Find a claim" hint="Words of its statement or passage, in any article of the team.">
            {(control) => (
              <Input
                {...control}
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            )}
          </Field>
          <div
            role="radiogroup"
            aria-label="Claim to link to"
            className="flex max-h-64 flex-col gap-1 overflow-y-auto"
          >
            {search.isPending ? <p className="text-muted text-sm">Searching…</p> : null}
            {!search.isPending && candidates.length === 0 ? (
              <p className="text-muted text-sm">No other claims match.</p>
            ) : null}
            {candidates.map((item) => (
              <button
                key={item.id}
                type="button"
                role="radio"
                aria-checked={targetId === item.id}
                onClick={() => setTargetId(item.id)}
                className={cn(
                  "border-border hover:border-border-strong flex items-start gap-2 rounded-md border p-2 text-left text-sm",
                  targetId === item.id && "border-primary bg-primary-soft",
                )}
              >
                <ClaimCode reliability={item.reliability} credibility={item.credibility} size="sm" />
                <span className="flex min-w-0 flex-col">
                  <span className="font-medium">{item.statement}</span>
                  <span className="text-muted truncate text-xs">{item.article.title}</span>
                </span>
              </button>
            ))}
          </div>
          <div className="flex flex-col gap-1.5">
            <span id={kindLabelId} className="text-sm font-medium">
              This claim…
            </span>
            <RadioCards
              aria-labelledby={kindLabelId}
              value={kind}
              onValueChange={(value) => setKind(value as LinkKind)}
              options={KIND_OPTIONS}
              className="sm:grid-cols-2"
            />
          </div>
          {flagged.length ? (
            <Alert tone="warning" title="This flags published work for re-review">
              {flagged.length === 1
                ? "A published assessment cites one of these claims: "
                : `${flagged.length} published assessments cite these claims: `}
              {flagged.map((item, index) => (
                <span key={item.assessmentId}>
                  {index ? ", " : ""}“{item.title}” (version {item.number})
                </span>
              ))}
              . Linking them as contradicting marks {flagged.length === 1 ? "it" : "them"} for re-review and
              tells {flagged.length === 1 ? "its" : "their"} authors.
            </Alert>
          ) : null}
          <Field label="Note" hint="Optional: why they relate." error={fieldError(link.error, "note")}>
            {(control) => (
              <Textarea
                {...control}
                rows={2}
                maxLength={CLAIM_LIMITS.linkNote}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" isLoading={link.isPending} disabled={!targetId}>
              Link claims
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
