"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LogOut, Monitor } from "lucide-react";
import { useState } from "react";

import { TimeStamp } from "@/components/comments/time-stamp";
import { formatDateTime } from "@/components/comments/format-time";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LoadError, LoadingRows } from "@/components/ui/query-states";
import { toast } from "@/components/ui/toaster";
import { formText } from "@/lib/form-data";
import { PASSWORD_MAX } from "@/lib/limits";
import { signOutAction } from "@/server/auth/actions";

/** What waits for the password: one device, or all of them. */
type Pending = { kind: "one"; sessionId: string; device: string } | { kind: "all" };

/** The password, asked for when the person signed in more than ten minutes ago. */
function PasswordDialog({
  pending,
  error,
  isPending,
  onSubmit,
  onClose,
}: {
  pending: Pending | null;
  error: string | undefined;
  isPending: boolean;
  onSubmit: (password: string) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={pending !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent
        title="Confirm it is you"
        description={
          pending?.kind === "one"
            ? `Enter your password to sign out ${pending.device}.`
            : "Enter your password to sign out every device, this one included."
        }
      >
        <form
          className="flex flex-col gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(formText(new FormData(event.currentTarget), "password"));
          }}
        >
          <Field label="Password" error={error}>
            {(control) => (
              <Input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                maxLength={PASSWORD_MAX}
                autoFocus
              />
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" isLoading={isPending}>
              {pending?.kind === "all" ? "Sign out everywhere" : "Sign out"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/**
 * Where the person is signed in: device, address, when, last active; "Sign out" for any one of them
 * and "Sign out everywhere". An ended session is refused on its next request, wherever it is.
 */
export function SessionsList({ hasPassword }: { hasPassword: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.list.queryOptions());
  const [isConfirming, setConfirming] = useState(false);
  // Set when the server asked for the password (the sign-in is older than ten minutes).
  const [pending, setPending] = useState<Pending | null>(null);
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.list.queryKey() });
  /** Ask for the password, say it was wrong, or show the server's sentence: true when it was handled. */
  const askForPassword = (
    error: { message: string; data?: { appCode?: string | null } | null },
    next: Pending,
  ) => {
    const code = error.data?.appCode;
    if (code === "REAUTHENTICATION_REQUIRED") {
      setPasswordError(undefined);
      setPending(next);
      return true;
    }
    if (code === "WRONG_PASSWORD") {
      setPasswordError("The password is not correct.");
      return true;
    }
    // Too many wrong passwords: say so in the dialog, with the wait, as the sign-in form does.
    if (code === "SIGN_IN_THROTTLED" && pending) {
      setPasswordError(error.message);
      return true;
    }
    return false;
  };
  const end = useMutation(
    trpc.account.sessions.end.mutationOptions({
      onSuccess: () => {
        setPending(null);
        toast.success("That device is signed out.");
        void refresh();
      },
      onError: (error, input) => {
        const device =
          sessions.data?.find((session) => session.id === input.sessionId)?.device ?? "that device";
        if (askForPassword(error, { kind: "one", sessionId: input.sessionId, device })) return;
        setPending(null);
        toast.error(error.message);
        void refresh();
      },
    }),
  );
  const endAll = useMutation(
    trpc.account.sessions.endAll.mutationOptions({
      // This browser's session ended too: clear its cookie and go to the sign-in page.
      onSuccess: () => void signOutAction(),
      onError: (error) => {
        setConfirming(false);
        if (askForPassword(error, { kind: "all" })) return;
        setPending(null);
        toast.error(error.message);
      },
    }),
  );

  if (sessions.isPending) return <LoadingRows label="Loading your sessions" count={2} className="h-14" />;
  if (sessions.isError)
    return (
      <LoadError
        title="Your sessions could not be loaded."
        message={sessions.error.message}
        onRetry={() => void sessions.refetch()}
      />
    );

  return (
    <div className="flex flex-col gap-4">
      <ul className="divide-border flex flex-col divide-y" aria-label="Signed-in sessions">
        {sessions.data.map((session) => {
          const where = session.ipAddress ? ` from ${session.ipAddress}` : "";
          return (
            <li key={session.id} className="flex flex-wrap items-center gap-3 py-3 first:pt-0 last:pb-0">
              <Monitor aria-hidden="true" className="text-muted size-5 shrink-0" />
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {session.device}
                  {session.isCurrent ? <Badge tone="primary">This device</Badge> : null}
                </p>
                <p className="text-muted text-xs">
                  Signed in {formatDateTime(session.signedInAt)}
                  {where} · last active <TimeStamp date={session.lastSeenAt} />
                </p>
              </div>
              {session.isCurrent ? (
                <Button variant="secondary" size="sm" onClick={() => void signOutAction()}>
                  Sign out
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Sign out ${session.device}, last active ${formatDateTime(session.lastSeenAt)}`}
                  isLoading={end.isPending && end.variables.sessionId === session.id}
                  onClick={() => end.mutate({ sessionId: session.id })}
                >
                  Sign out
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <div>
        <ConfirmDialog
          open={isConfirming}
          onOpenChange={setConfirming}
          title="Sign out everywhere?"
          description={`Every device signed in to your account is signed out at once, this one included, and any assessment open on them stops syncing. You sign in again ${hasPassword ? "with your password" : "through single sign-on"}.`}
          confirmLabel="Sign out everywhere"
          isPending={endAll.isPending}
          onConfirm={() => endAll.mutate({})}
          trigger={
            <Button variant="secondary">
              <LogOut aria-hidden="true" /> Sign out everywhere
            </Button>
          }
        />
      </div>
      <PasswordDialog
        pending={pending}
        error={passwordError}
        isPending={end.isPending || endAll.isPending}
        onClose={() => setPending(null)}
        onSubmit={(password) => {
          if (!password) return setPasswordError("Enter your password.");
          if (pending?.kind === "one") end.mutate({ sessionId: pending.sessionId, password });
          else endAll.mutate({ password });
        }}
      />
    </div>
  );
}
