"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { RadioCards } from "@/components/ui/radio-cards";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { CLAIM_LIMITS, type ClaimStatus, type ClaimType } from "@/lib/claims";
import type { CredibilityLevel } from "@/lib/scales";

import { LEVEL_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from "./claim-options";
import { SpeakerPicker, type SpeakerValue } from "./speaker-picker";
import { TagPicker } from "./tag-picker";

/** What the form edits: a new claim from a selection, or an existing claim's details. */
export type ClaimFormTarget =
  | { mode: "create"; articleId: string; start: number; end: number; quote: string }
  | {
      mode: "edit";
      claimId: string;
      quote: string;
      statement: string;
      speaker: SpeakerValue;
      type: ClaimType;
      status: ClaimStatus;
      tagIds: string[];
    };

const NO_RATING = "later";

function speakerInput(speaker: SpeakerValue) {
  if (!speaker) return null;
  return "isNew" in speaker ? { name: speaker.name, kind: speaker.kind } : { id: speaker.id };
}

/**
 * The claim form: the statement (prefilled with the passage), who asserts it, its type, tags, status
 * and, for a new claim, the tagger's own credibility rating with its rationale.
 */
export function ClaimFormDialog({
  teamSlug,
  target,
  onClose,
  onSaved,
}: {
  teamSlug: string;
  target: ClaimFormTarget | null;
  onClose: () => void;
  onSaved?: (claimId: string) => void;
}) {
  return (
    <Dialog open={target !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      {target ? (
        <DialogContent
          title={target.mode === "create" ? "Tag claim" : "Edit claim"}
          description={
            target.mode === "create"
              ? "Turn the selected passage into a claim the team can judge."
              : undefined
          }
          className="max-w-2xl"
        >
          <ClaimForm teamSlug={teamSlug} target={target} onClose={onClose} onSaved={onSaved} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function ClaimForm({
  teamSlug,
  target,
  onClose,
  onSaved,
}: {
  teamSlug: string;
  target: ClaimFormTarget;
  onClose: () => void;
  onSaved?: ((claimId: string) => void) | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const levelLabelId = useId();
  const isCreate = target.mode === "create";
  const [statement, setStatement] = useState(
    isCreate ? target.quote.replace(/\s+/g, " ").trim() : target.statement,
  );
  const [speaker, setSpeaker] = useState<SpeakerValue>(isCreate ? null : target.speaker);
  const [type, setType] = useState<ClaimType>(isCreate ? "fact" : target.type);
  const [status, setStatus] = useState<ClaimStatus>(isCreate ? "open" : target.status);
  const [tagIds, setTagIds] = useState<string[]>(isCreate ? [] : target.tagIds);
  const [level, setLevel] = useState<CredibilityLevel | typeof NO_RATING>(NO_RATING);
  const [rationale, setRationale] = useState("");
  const done = async (claimId: string, message: string) => {
    toast.success(message);
    await queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
    onSaved?.(claimId);
    onClose();
  };
  const create = useMutation(
    trpc.claims.create.mutationOptions({ onSuccess: (claim) => done(claim.id, "Claim tagged.") }),
  );
  const update = useMutation(
    trpc.claims.update.mutationOptions({ onSuccess: (claim) => done(claim.id, "Claim saved.") }),
  );
  const error = create.error ?? update.error;
  const isPending = create.isPending || update.isPending;

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const common = { teamSlug, statement, speaker: speakerInput(speaker), type, status, tagIds };
        if (target.mode === "create")
          create.mutate({
            ...common,
            articleId: target.articleId,
            start: target.start,
            end: target.end,
            quote: target.quote,
            rating: level === NO_RATING ? null : { level, rationale },
          });
        else update.mutate({ ...common, claimId: target.claimId });
      }}
    >
      <figure className="bg-surface-muted rounded-md px-3 py-2 text-sm">
        <figcaption className="text-muted mb-1 text-xs font-medium">Passage</figcaption>
        <blockquote className="line-clamp-4 italic">“{target.quote}”</blockquote>
      </figure>
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <Field
        label="Statement"
        hint="The claim in your words: what the text asserts, so that it can be judged true or false."
        error={fieldError(error, "statement")}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={CLAIM_LIMITS.statement}
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
          />
        )}
      </Field>
      <SpeakerPicker teamSlug={teamSlug} value={speaker} onChange={setSpeaker} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Type" hint={TYPE_OPTIONS.find((option) => option.value === type)?.description}>
          {(control) => (
            <Select
              {...control}
              value={type}
              onValueChange={(value) => setType(value as ClaimType)}
              options={TYPE_OPTIONS}
            />
          )}
        </Field>
        <Field label="Status" hint={STATUS_OPTIONS.find((option) => option.value === status)?.description}>
          {(control) => (
            <Select
              {...control}
              value={status}
              onValueChange={(value) => setStatus(value as ClaimStatus)}
              options={STATUS_OPTIONS}
            />
          )}
        </Field>
      </div>
      <TagPicker teamSlug={teamSlug} value={tagIds} onChange={setTagIds} />
      {isCreate ? (
        <fieldset className="flex flex-col gap-3">
          <legend id={levelLabelId} className="mb-1.5 text-sm font-medium">
            Your credibility rating (Admiralty 1–6)
          </legend>
          <RadioCards
            aria-labelledby={levelLabelId}
            value={level}
            onValueChange={(value) => setLevel(value as CredibilityLevel)}
            options={[
              ...LEVEL_OPTIONS,
              {
                value: NO_RATING,
                label: "Rate later",
                description: "Tag the claim now; rate it from its page.",
              },
            ]}
            className="sm:grid-cols-2"
          />
          {level !== NO_RATING ? (
            <Field
              label="Rationale"
              hint="Why this level: what confirms or contradicts it."
              error={fieldError(error, "rating")}
            >
              {(control) => (
                <Textarea
                  {...control}
                  rows={2}
                  maxLength={CLAIM_LIMITS.rationale}
                  value={rationale}
                  onChange={(event) => setRationale(event.target.value)}
                />
              )}
            </Field>
          ) : null}
        </fieldset>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" isLoading={isPending}>
          {isCreate ? "Save claim" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
