"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { formText } from "@/lib/form-data";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";

/** Change the password, giving the current one. */
export function ChangePasswordForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A new key after success remounts the form, which empties both password fields.
  const [formKey, setFormKey] = useState(0);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: ({ otherSessionsEnded }) => {
        const others =
          otherSessionsEnded === 0
            ? ""
            : otherSessionsEnded === 1
              ? " Your other device is signed out."
              : ` Your ${otherSessionsEnded} other devices are signed out.`;
        toast.success(`Your password is changed.${others}`);
        setFormKey((key) => key + 1);
        void queryClient.invalidateQueries({ queryKey: trpc.account.sessions.list.queryKey() });
      },
    }),
  );
  const error = change.error;
  const appCode = error?.data?.appCode;
  return (
    <form
      key={formKey}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        change.mutate({
          currentPassword: formText(form, "currentPassword"),
          newPassword: formText(form, "newPassword"),
        });
      }}
    >
      {error && !error.data?.fieldErrors && appCode !== "WRONG_PASSWORD" && appCode !== "WEAK_PASSWORD" ? (
        <Alert tone="error">{error.message}</Alert>
      ) : null}
      <Field
        label="Current password"
        error={
          fieldError(error, "currentPassword") ?? (appCode === "WRONG_PASSWORD" ? error?.message : undefined)
        }
      >
        {(control) => (
          <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />
        )}
      </Field>
      <Field
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters. Common passwords are refused.`}
        error={fieldError(error, "newPassword") ?? (appCode === "WEAK_PASSWORD" ? error?.message : undefined)}
      >
        {(control) => (
          <Input
            {...control}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
          />
        )}
      </Field>
      <div>
        <Button type="submit" isLoading={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
