"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { SLUG_MAX, TEAM_NAME_MAX } from "@/lib/limits";

/** Rename the team or change its address (owners). */
export function TeamSettingsForm({ team }: { team: { name: string; slug: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(team.name);
  const [slug, setSlug] = useState(team.slug);
  const update = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: (updated) => {
        toast.success("Team settings saved.");
        if (updated.slug !== team.slug) router.replace(`/t/${updated.slug}/team`);
        router.refresh();
      },
    }),
  );
  const error = update.error;
  const slugError =
    fieldError(error, "slug") ?? (error?.data?.appCode === "SLUG_TAKEN" ? error.message : undefined);
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({
          teamSlug: team.slug,
          ...(name !== team.name ? { name } : {}),
          ...(slug !== team.slug ? { slug } : {}),
        });
      }}
    >
      {error && !error.data?.fieldErrors && error.data?.appCode !== "SLUG_TAKEN" ? (
        <Alert tone="error">{error.message}</Alert>
      ) : null}
      <Field label="Team name" error={fieldError(error, "name")}>
        {(control) => (
          <Input
            {...control}
            value={name}
            maxLength={TEAM_NAME_MAX}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Team address"
        error={slugError}
        hint="Changing it changes every link to the team's pages."
      >
        {(control) => (
          <Input
            {...control}
            value={slug}
            maxLength={SLUG_MAX}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(event) => setSlug(event.target.value.toLowerCase())}
          />
        )}
      </Field>
      <div>
        <Button
          type="submit"
          isLoading={update.isPending}
          disabled={name === team.name && slug === team.slug}
        >
          Save settings
        </Button>
      </div>
    </form>
  );
}
