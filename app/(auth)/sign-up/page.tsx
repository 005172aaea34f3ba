import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/safe-path";
import { getSessionUserId } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">Create an account</h1>
        <p className="text-muted text-sm">Then create a team, or join one with an invitation link.</p>
      </CardHeader>
      <CardBody>
        <SignUpForm callbackUrl={callbackUrl} />
      </CardBody>
    </Card>
  );
}
