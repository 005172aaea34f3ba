"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toaster";

/** The team's on/off settings (owners), each with what it does, in the team's words. */
const SETTINGS = {
  hasBlindRating: {
    label: "Blind rating",
    hint: "Analysts see their teammates' ratings of a source, and its consensus, only after giving their own grade, so every first rating is independent. Viewers always see the team's view.",
    on: "Blind rating is on.",
    off: "Blind rating is off.",
  },
  requiresNothingOpen: {
    label: "Nothing open before review",
    hint: "A draft goes to review, and an approved assessment is published, only when its Checks panel has no open findings and no template sentence is left in its text. When it is off, the review and publish dialogs still say what is open.",
    on: "Drafts now go to review only with nothing open.",
    off: "Drafts with open findings can go to review again.",
  },
} as const;

export type TeamSwitch = keyof typeof SETTINGS;

export function TeamSwitchSetting({
  teamSlug,
  setting,
  isOn,
}: {
  teamSlug: string;
  setting: TeamSwitch;
  isOn: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [checked, setChecked] = useState(isOn);
  const { label, hint, on, off } = SETTINGS[setting];
  const update = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: (team) => {
        setChecked(team[setting]);
        toast.success(team[setting] ? on : off);
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
          {label}
        </label>
        <p id={`${id}-hint`} className="text-muted max-w-xl text-sm">
          {hint}
        </p>
      </div>
      <Switch
        id={id}
        aria-describedby={`${id}-hint`}
        checked={checked}
        disabled={update.isPending}
        onCheckedChange={(value) => {
          setChecked(value);
          update.mutate({ teamSlug, [setting]: value });
        }}
      />
    </div>
  );
}
