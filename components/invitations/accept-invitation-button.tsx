"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Join the team the link invites to, then go to it. */
export function AcceptInvitationButton({ token, teamName }: { token: string; teamName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (result) => {
        router.push(`/t/${result.teamSlug}`);
        router.refresh();
      },
    }),
  );
  return (
    <div className="flex flex-col gap-3">
      {accept.error ? <Alert tone="error">{accept.error.message}</Alert> : null}
      <Button
        className="w-full"
        isLoading={accept.isPending || accept.isSuccess}
        onClick={() => accept.mutate({ token })}
      >
        Join {teamName}
      </Button>
    </div>
  );
}
