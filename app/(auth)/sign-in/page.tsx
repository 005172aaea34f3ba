import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/sign-in-form";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { describeSignInFailure } from "@/lib/format";
import { safeReturnPath } from "@/lib/safe-path";
import { oidcSignInAction } from "@/server/auth/actions";
import { oidcSettings } from "@/server/auth/oidc";
import { getSessionUserId } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  // next-auth sends failures of its own flows (OIDC) back here as ?error=…&code=…
  const code = typeof params.code === "string" ? params.code : undefined;
  const initialError =
    typeof params.error === "string"
      ? params.error === "CredentialsSignin"
        ? describeSignInFailure(code)
        : "Sign-in did not work. Please try again."
      : null;
  const oidc = oidcSettings();
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-muted text-sm">Welcome back. Sign in to your team&apos;s workspace.</p>
      </CardHeader>
      <CardBody className="flex flex-col gap-4">
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
        {oidc ? (
          <form action={oidcSignInAction} className="border-border border-t pt-4">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" variant="secondary" className="w-full">
              Continue with {oidc.name}
            </Button>
          </form>
        ) : null}
      </CardBody>
    </Card>
  );
}
