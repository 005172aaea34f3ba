"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

/** Leave the team. The last owner is told to hand over ownership first. */
export function LeaveTeamButton({ team }: { team: { name: string; slug: string } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const leave = useMutation(
    trpc.teams.leave.mutationOptions({
      onSuccess: () => {
        toast.success(`You left ${team.name}.`);
        router.push("/teams");
        router.refresh();
      },
      onError: (error) => {
        setOpen(false);
        toast.error(error.message);
      },
    }),
  );
  return (
    <ConfirmDialog
      open={isOpen}
      onOpenChange={setOpen}
      title={`Leave ${team.name}?`}
      description="You will lose access to the team's articles, claims and assessments. Someone will have to invite you again to come back."
      confirmLabel="Leave team"
      isPending={leave.isPending}
      onConfirm={() => leave.mutate({ teamSlug: team.slug })}
      trigger={
        <Button variant="secondary">
          <LogOut aria-hidden="true" /> Leave team
        </Button>
      }
    />
  );
}
