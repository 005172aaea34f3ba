"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, useTransition } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formText } from "@/lib/form-data";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";
import { signInAction } from "@/server/auth/actions";

import { fieldError } from "./field-errors";

/** Create an account (name, email, password), then sign straight in. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [isSigningIn, startSignIn] = useTransition();
  const [signInError, setSignInError] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: formText(form, "name"),
      email: formText(form, "email"),
      password: formText(form, "password"),
    };
    setSignInError(null);
    signUp.mutate(input, {
      onSuccess: () => {
        const credentials = new FormData();
        credentials.set("email", input.email);
        credentials.set("password", input.password);
        credentials.set("callbackUrl", callbackUrl);
        startSignIn(async () => {
          const result = await signInAction({ error: null, email: input.email }, credentials);
          if (result.error) setSignInError(result.error);
        });
      },
    });
  }

  const error = signUp.error;
  const isBusy = signUp.isPending || isSigningIn;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      {error?.data?.fieldErrors ? <Alert tone="error">Please correct the fields marked below.</Alert> : null}
      {signInError ? <Alert tone="error">{signInError}</Alert> : null}
      <Field label="Name" error={fieldError(error, "name")}>
        {(control) => (
          <Input {...control} name="name" autoComplete="name" required maxLength={80} autoFocus />
        )}
      </Field>
      <Field label="Email" error={fieldError(error, "email")}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" required />}
      </Field>
      <Field
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters. Common passwords are refused.`}
        error={fieldError(error, "password")}
      >
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
          />
        )}
      </Field>
      <Button type="submit" isLoading={isBusy} className="w-full">
        Create account
      </Button>
      <p className="text-muted text-center text-sm">
        Already have an account?{" "}
        <Link
          className="text-primary font-medium hover:underline"
          href={`/sign-in${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
