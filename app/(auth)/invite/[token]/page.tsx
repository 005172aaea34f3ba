import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";

import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { ROLE_DESCRIPTIONS, roleWithArticle } from "@/lib/roles";
import { getCaller, getSessionUserId } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Invitation" };

async function loadInvitation(token: string) {
  try {
    return { invitation: await (await getCaller()).invitations.preview({ token }), error: null };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR")
      return { invitation: null, error: error.message };
    throw error;
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { invitation, error } = await loadInvitation(token);
  const isSignedIn = Boolean(await getSessionUserId());
  const returnTo = encodeURIComponent(`/invite/${token}`);

  if (!invitation) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">Invitation</h1>
        </CardHeader>
        <CardBody className="flex flex-col gap-4">
          <Alert tone="error">{error}</Alert>
          <Button asChild variant="secondary">
            <Link href="/">Go to the workspace</Link>
          </Button>
        </CardBody>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">Join {invitation.teamName}</h1>
        <p className="text-muted text-sm">
          {invitation.invitedByName ?? "A team owner"} invited you as{" "}
          <strong className="text-foreground">{roleWithArticle(invitation.role)}</strong>.{" "}
          {ROLE_DESCRIPTIONS[invitation.role]} The link works until {formatDate(invitation.expiresAt)}.
        </p>
      </CardHeader>
      <CardBody className="flex flex-col gap-3">
        {isSignedIn ? (
          <AcceptInvitationButton token={token} teamName={invitation.teamName} />
        ) : (
          <>
            <Button asChild>
              <Link href={`/sign-up?callbackUrl=${returnTo}`}>Create an account to join</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/sign-in?callbackUrl=${returnTo}`}>I have an account: sign in</Link>
            </Button>
          </>
        )}
      </CardBody>
    </Card>
  );
}
