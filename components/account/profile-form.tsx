"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { NAME_MAX } from "@/lib/limits";

/** Change the name teammates see. */
export function ProfileForm({ name: initialName, email }: { name: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const update = useMutation(
    trpc.account.update.mutationOptions({
      onSuccess: () => {
        toast.success("Your name is saved.");
        router.refresh();
      },
    }),
  );
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ name });
      }}
    >
      <Field label="Name" error={fieldError(update.error, "name") ?? update.error?.message}>
        {(control) => (
          <Input
            {...control}
            value={name}
            maxLength={NAME_MAX}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field label="Email" hint="Your sign-in email cannot be changed here.">
        {(control) => <Input {...control} value={email} readOnly disabled />}
      </Field>
      <div>
        <Button type="submit" isLoading={update.isPending}>
          Save name
        </Button>
      </div>
    </form>
  );
}
