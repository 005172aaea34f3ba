"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { RadioCards } from "@/components/ui/radio-cards";
import { toast } from "@/components/ui/toaster";
import { RELIABILITY, RELIABILITY_GRADES, type ReliabilityGrade } from "@/lib/scales";

import { GradeLetter } from "./reliability-badge";

const OPTIONS = RELIABILITY_GRADES.map((grade) => ({
  value: grade,
  label: RELIABILITY[grade].label,
  description: RELIABILITY[grade].definition,
  badge: <GradeLetter grade={grade} />,
}));

/** Rate a source on the Admiralty scale, A–F, with the definitions beside each grade and a rationale. */
export function RateSourceForm({
  teamSlug,
  sourceId,
  current,
}: {
  teamSlug: string;
  sourceId: string;
  current: ReliabilityGrade | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const labelId = useId();
  const [grade, setGrade] = useState<ReliabilityGrade | "">(current ?? "");
  const [rationale, setRationale] = useState("");
  const rate = useMutation(
    trpc.sources.rate.mutationOptions({
      onSuccess: async () => {
        setRationale("");
        toast.success("Your rating is recorded.");
        await queryClient.invalidateQueries({ queryKey: trpc.sources.pathKey() });
        router.refresh();
      },
    }),
  );
  const error = rate.error;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (grade) rate.mutate({ teamSlug, sourceId, grade, rationale });
      }}
    >
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="flex flex-col gap-1.5">
        <span id={labelId} className="text-sm font-medium">
          Reliability grade
        </span>
        <RadioCards
          aria-labelledby={labelId}
          value={grade}
          onValueChange={(value) => setGrade(value as ReliabilityGrade)}
          options={OPTIONS}
          className="sm:grid-cols-2"
        />
      </div>
      <Field
        label="Rationale"
        hint="Why this grade: the track record or evidence behind it."
        error={fieldError(error, "rationale")}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={2000}
            value={rationale}
            onChange={(event) => setRationale(event.target.value)}
          />
        )}
      </Field>
      <div>
        <Button type="submit" isLoading={rate.isPending} disabled={!grade}>
          {current ? "Rate again" : "Save rating"}
        </Button>
      </div>
    </form>
  );
}
