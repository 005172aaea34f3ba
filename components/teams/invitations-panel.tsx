"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Copy, Link2 } from "lucide-react";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { formatDate } from "@/lib/format";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, TEAM_ROLES, roleWithArticle, type TeamRole } from "@/lib/roles";

const ROLE_OPTIONS = TEAM_ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  description: ROLE_DESCRIPTIONS[role],
}));
const EXPIRY_OPTIONS = [
  { value: "1", label: "1 day" },
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
];
const STATUS_TONE = {
  pending: "primary",
  accepted: "success",
  revoked: "neutral",
  expired: "warning",
} as const;

/** Owners make one-use invitation links and see what became of them. */
export function InvitationsPanel({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: invitations } = useSuspenseQuery(trpc.teams.invitations.list.queryOptions({ teamSlug }));
  const [role, setRole] = useState<TeamRole>("editor");
  const [expiresInDays, setExpiresInDays] = useState("7");
  const [note, setNote] = useState("");
  const [link, setLink] = useState<{ url: string; expiresAt: Date; role: TeamRole } | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.teams.invitations.list.queryKey({ teamSlug }) });

  const create = useMutation(
    trpc.teams.invitations.create.mutationOptions({
      onSuccess: (invitation) => {
        setLink({
          url: `${window.location.origin}${invitation.path}`,
          expiresAt: invitation.expiresAt,
          role: invitation.role,
        });
        setNote("");
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.teams.invitations.revoke.mutationOptions({
      onSuccess: () => toast.success("Invitation withdrawn. The link no longer works."),
      onError: (error) => toast.error(error.message),
      onSettled: refresh,
    }),
  );

  async function copyLink() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      toast.success("Link copied.");
    } catch {
      toast.error("Could not copy. Select the link and copy it by hand.");
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        className="grid gap-4 sm:grid-cols-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ teamSlug, role, expiresInDays: Number(expiresInDays), note: note || undefined });
        }}
      >
        <Field label="Role">
          {(control) => (
            <Select
              {...control}
              value={role}
              options={ROLE_OPTIONS}
              onValueChange={(value) => setRole(value as TeamRole)}
            />
          )}
        </Field>
        <Field label="Link expires after">
          {(control) => (
            <Select
              {...control}
              value={expiresInDays}
              options={EXPIRY_OPTIONS}
              onValueChange={setExpiresInDays}
            />
          )}
        </Field>
        <Field
          label="Note (optional)"
          className="sm:col-span-2"
          hint="Only your team sees it, e.g. who the link is for."
          error={fieldError(create.error, "note")}
        >
          {(control) => (
            <Input
              {...control}
              value={note}
              maxLength={200}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </Field>
        {create.error && !create.error.data?.fieldErrors ? (
          <Alert tone="error" className="sm:col-span-2">
            {create.error.message}
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" isLoading={create.isPending}>
            <Link2 aria-hidden="true" /> Create invitation link
          </Button>
        </div>
      </form>

      {link ? (
        <div className="border-primary/40 bg-primary-soft flex flex-col gap-2 rounded-md border p-4">
          <Field
            label="Invitation link"
            hint={`Send it to one person. It makes them ${roleWithArticle(link.role)}, works once, and expires on ${formatDate(link.expiresAt)}. It is shown only now.`}
          >
            {(control) => (
              <div className="flex gap-2">
                <Input
                  {...control}
                  value={link.url}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  className="font-mono text-xs"
                />
                <Button variant="secondary" onClick={() => void copyLink()}>
                  <Copy aria-hidden="true" /> Copy link
                </Button>
              </div>
            )}
          </Field>
        </div>
      ) : null}

      <div>
        <h3 className="mb-2 text-sm font-semibold">Links made</h3>
        {invitations.length === 0 ? (
          <p className="text-muted text-sm">No invitation links yet.</p>
        ) : (
          <ul className="divide-border border-border flex flex-col divide-y rounded-md border">
            {invitations.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2.5 text-sm"
              >
                <Badge tone={STATUS_TONE[invitation.status]}>{invitation.status}</Badge>
                <span className="font-medium">{ROLE_LABELS[invitation.role]}</span>
                <span className="text-muted">
                  by {invitation.createdByName ?? "a former member"}, {formatDate(invitation.createdAt)}
                  {invitation.status === "pending" ? ` · expires ${formatDate(invitation.expiresAt)}` : ""}
                </span>
                {invitation.note ? <span className="text-muted italic">“{invitation.note}”</span> : null}
                {invitation.status === "pending" ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="ml-auto"
                    isLoading={revoke.isPending && revoke.variables.invitationId === invitation.id}
                    onClick={() => revoke.mutate({ teamSlug, invitationId: invitation.id })}
                  >
                    Withdraw
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
