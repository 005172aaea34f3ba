"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toaster";

/** The team's blind-rating setting (owners). */
export function BlindRatingSetting({ teamSlug, isOn }: { teamSlug: string; isOn: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [checked, setChecked] = useState(isOn);
  const update = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: (team) => {
        setChecked(team.hasBlindRating);
        toast.success(team.hasBlindRating ? "Blind rating is on." : "Blind rating is off.");
        router.refresh();
      },
      onError: (error) => {
        setChecked(isOn);
        toast.error(error.message);
      },
    }),
  );
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Blind rating
        </label>
        <p id={`${id}-hint`} className="text-muted max-w-xl text-sm">
          Analysts see their teammates&apos; ratings of a source, and its consensus, only after giving their
          own grade, so every first rating is independent. Viewers always see the team&apos;s view.
        </p>
      </div>
      <Switch
        id={id}
        aria-describedby={`${id}-hint`}
        checked={checked}
        disabled={update.isPending}
        onCheckedChange={(value) => {
          setChecked(value);
          update.mutate({ teamSlug, hasBlindRating: value });
        }}
      />
    </div>
  );
}
