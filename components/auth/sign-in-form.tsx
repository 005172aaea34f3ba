"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInAction, type SignInState } from "@/server/auth/actions";

/** Email + password sign-in. Errors (wrong password, throttled) appear above the fields. */
export function SignInForm({
  callbackUrl,
  initialError,
  initialEmail = "",
}: {
  callbackUrl: string;
  initialError?: string | null;
  initialEmail?: string;
}) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, {
    error: initialError ?? null,
    email: initialEmail,
  });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Email">
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={state.email}
            required
            autoFocus
          />
        )}
      </Field>
      <Field label="Password">
        {(control) => (
          <Input {...control} name="password" type="password" autoComplete="current-password" required />
        )}
      </Field>
      <Button type="submit" isLoading={isPending} className="w-full">
        Sign in
      </Button>
      <p className="text-muted text-center text-sm">
        New here?{" "}
        <Link
          className="text-primary font-medium hover:underline"
          href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
