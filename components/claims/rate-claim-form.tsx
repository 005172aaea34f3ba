"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { RadioCards } from "@/components/ui/radio-cards";
import { toast } from "@/components/ui/toaster";
import { CLAIM_LIMITS } from "@/lib/claims";
import type { CredibilityLevel } from "@/lib/scales";

import { LEVEL_OPTIONS } from "./claim-options";

/** Rate a claim's credibility 1–6 with a rationale, the scale's definitions beside each level. */
export function RateClaimForm({
  teamSlug,
  claimId,
  current,
}: {
  teamSlug: string;
  claimId: string;
  current: CredibilityLevel | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const labelId = useId();
  const [level, setLevel] = useState<CredibilityLevel | "">(current ?? "");
  const [rationale, setRationale] = useState("");
  const rate = useMutation(
    trpc.claims.rate.mutationOptions({
      onSuccess: async () => {
        setRationale("");
        toast.success("Your rating is recorded.");
        await queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
      },
    }),
  );
  const error = rate.error;
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (level) rate.mutate({ teamSlug, claimId, level, rationale });
      }}
    >
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="flex flex-col gap-1.5">
        <span id={labelId} className="text-sm font-medium">
          Credibility
        </span>
        <RadioCards
          aria-labelledby={labelId}
          value={level}
          onValueChange={(value) => setLevel(value as CredibilityLevel)}
          options={LEVEL_OPTIONS}
          className="sm:grid-cols-2"
        />
      </div>
      <Field
        label="Rationale"
        hint="What confirms or contradicts it, and how independent that is."
        error={fieldError(error, "rationale")}
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
      <div>
        <Button type="submit" isLoading={rate.isPending} disabled={!level}>
          {current ? "Rate again" : "Save rating"}
        </Button>
      </div>
    </form>
  );
}
