"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SLUG_MAX, TEAM_NAME_MAX, slugify } from "@/lib/limits";

/** Name a new team; its address is proposed from the name until the person edits it. */
export function CreateTeamForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [isSlugEdited, setSlugEdited] = useState(false);
  const create = useMutation(
    trpc.teams.create.mutationOptions({
      onSuccess: async (team) => {
        await queryClient.invalidateQueries({ queryKey: trpc.teams.list.queryKey() });
        router.push(`/t/${team.slug}`);
        router.refresh();
      },
    }),
  );
  const error = create.error;
  const generalError =
    error && !error.data?.fieldErrors && error.data?.appCode !== "SLUG_TAKEN" ? error.message : null;
  const slugError =
    fieldError(error, "slug") ?? (error?.data?.appCode === "SLUG_TAKEN" ? error.message : undefined);

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ name, slug });
      }}
    >
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      <Field
        label="Team name"
        error={fieldError(error, "name")}
        hint="For example, the story or region the team follows."
      >
        {(control) => (
          <Input
            {...control}
            value={name}
            maxLength={TEAM_NAME_MAX}
            autoFocus
            onChange={(event) => {
              setName(event.target.value);
              if (!isSlugEdited) setSlug(slugify(event.target.value));
            }}
          />
        )}
      </Field>
      <Field
        label="Team address"
        error={slugError}
        hint={`Your team's pages live at /t/${slug || "your-team"}.`}
      >
        {(control) => (
          <Input
            {...control}
            value={slug}
            maxLength={SLUG_MAX}
            autoCapitalize="none"
            spellCheck={false}
            onChange={(event) => {
              setSlugEdited(true);
              setSlug(event.target.value.toLowerCase());
            }}
          />
        )}
      </Field>
      <div>
        <Button type="submit" isLoading={create.isPending}>
          Create team
        </Button>
      </div>
    </form>
  );
}
