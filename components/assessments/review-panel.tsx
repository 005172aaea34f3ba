"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { CheckCircle2, Lock, MessageSquareWarning, Send, Undo2, Upload } from "lucide-react";
import { useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { hasAnythingOpen, nothingOpenRefusal, type ReadinessSummary } from "@/lib/assessments/readiness";
import { formatDateTime } from "@/lib/format";
import type { AppRouter } from "@/server/api/root";

type Assessment = inferRouterOutputs<AppRouter>["assessments"]["get"];

const REVIEW_STATE: Record<Assessment["reviews"][number]["state"], string> = {
  requested: "asked to review",
  approved: "approved",
  changes_requested: "requested changes",
  withdrawn: "withdrawn",
};

/**
 * What is still open in the text, said where it is sent for review or published: the Checks
 * findings and the template's sentences nobody replaced. Nothing when the text is clear. Under the
 * team's rule of nothing open it is the reason the button cannot be used.
 */
function ReadinessNotice({ readiness, isBlocking }: { readiness: ReadinessSummary; isBlocking: boolean }) {
  if (!readiness.summary) return null;
  return (
    <Alert
      tone={isBlocking ? "error" : "warning"}
      title={isBlocking ? "Resolve what is open first" : "Still open in the text"}
    >
      {isBlocking ? nothingOpenRefusal(readiness) : readiness.summary}
      {readiness.placeholders.length ? (
        <>
          {" "}
          Template text:{" "}
          {readiness.placeholders
            .slice(0, 3)
            .map((text) => `“${text}”`)
            .join(", ")}
          {readiness.placeholders.length > 3 ? ` and ${readiness.placeholders.length - 3} more` : ""}.
        </>
      ) : null}
    </Alert>
  );
}

/**
 * Where the assessment stands in review, and the next step for the person looking: send it for
 * review, approve or request changes, withdraw it, publish it. The text locks while it is in review.
 */
export function ReviewPanel({
  teamSlug,
  assessment,
  readiness,
}: {
  teamSlug: string;
  assessment: Assessment;
  /** What is still open in the text (the live text's when the editor has it). */
  readiness: ReadinessSummary;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<"request" | "changes" | "publish" | null>(null);
  const ref = { teamSlug, assessmentId: assessment.id };
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() });
  const onError = (error: { message: string }) => toast.error(error.message);
  const withdraw = useMutation(
    trpc.assessments.withdrawReview.mutationOptions({
      onSuccess: () => {
        toast.success("Back to draft: the text can be changed again.");
        void refresh();
      },
      onError,
    }),
  );
  const approve = useMutation(
    trpc.assessments.decideReview.mutationOptions({
      onSuccess: () => {
        toast.success("Approved. An editor can publish it now.");
        void refresh();
      },
      onError,
    }),
  );
  const publish = useMutation(
    trpc.assessments.publish.mutationOptions({
      onSuccess: (version) => {
        setDialog(null);
        toast.success(`Version ${version.number} is published.`);
        void refresh();
      },
      onError,
    }),
  );
  const { permissions, status } = assessment;
  const isBlocked = assessment.requiresNothingOpen && hasAnythingOpen(readiness);
  const open = assessment.reviews.filter((review) => review.state !== "withdrawn").slice(0, 6);
  const next = assessment.publishedVersion + 1;

  return (
    <section
      aria-label="Review"
      className="border-border bg-surface flex flex-col gap-3 rounded-lg border px-4 py-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-center gap-2 text-sm" role="status">
          {status === "draft" ? (
            <span>
              Draft{assessment.publishedVersion > 0 ? ` of version ${next}` : ""}. Send it for review when it
              is ready.
            </span>
          ) : status === "in_review" ? (
            <>
              <Lock aria-hidden="true" className="text-warning size-4" />
              <span>In review: the text is locked until a reviewer decides.</span>
            </>
          ) : (
            <>
              <CheckCircle2 aria-hidden="true" className="text-success size-4" />
              <span>Approved: ready to publish as version {next}. The text stays locked.</span>
            </>
          )}
        </p>
        <div className="flex flex-wrap gap-2">
          {permissions.canReview ? (
            <>
              <Button
                size="sm"
                isLoading={approve.isPending}
                onClick={() => approve.mutate({ ...ref, decision: "approve" })}
              >
                <CheckCircle2 aria-hidden="true" /> Approve
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setDialog("changes")}>
                <MessageSquareWarning aria-hidden="true" /> Request changes
              </Button>
            </>
          ) : null}
          {permissions.canPublish ? (
            <Button size="sm" onClick={() => setDialog("publish")}>
              <Upload aria-hidden="true" /> Publish version {next}
            </Button>
          ) : null}
          {permissions.canRequestReview ? (
            <Button
              size="sm"
              variant={status === "draft" ? "primary" : "secondary"}
              onClick={() => {
                setDialog("request");
              }}
            >
              <Send aria-hidden="true" /> {status === "draft" ? "Request review" : "Ask another reviewer"}
            </Button>
          ) : null}
          {permissions.canWithdraw ? (
            <Button
              size="sm"
              variant="ghost"
              isLoading={withdraw.isPending}
              onClick={() => withdraw.mutate(ref)}
            >
              <Undo2 aria-hidden="true" /> Back to draft
            </Button>
          ) : null}
        </div>
      </div>
      {status === "in_review" && assessment.isAuthor ? (
        <p className="text-muted text-xs">You wrote part of this assessment, so a teammate reviews it.</p>
      ) : null}
      {open.length ? (
        <ul aria-label="Reviews" className="flex flex-col gap-1 text-sm">
          {open.map((review) => (
            <li key={review.id} className="flex flex-col">
              <span>
                <strong className="font-medium">{review.reviewerName}</strong> {REVIEW_STATE[review.state]}
                <span className="text-muted"> · {formatDateTime(review.decidedAt ?? review.createdAt)}</span>
              </span>
              {review.note ? <span className="text-muted whitespace-pre-wrap">“{review.note}”</span> : null}
            </li>
          ))}
        </ul>
      ) : null}

      <RequestReviewDialog
        teamSlug={teamSlug}
        assessment={assessment}
        readiness={readiness}
        isBlocked={isBlocked && status === "draft"}
        isOpen={dialog === "request"}
        onClose={() => setDialog(null)}
      />
      <RequestChangesDialog
        teamSlug={teamSlug}
        assessmentId={assessment.id}
        isOpen={dialog === "changes"}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog === "publish"}
        onOpenChange={(isOpen) => setDialog(isOpen ? "publish" : null)}
        title={`Publish version ${next}?`}
        description="The approved text and its cited claims, with their ratings as they are now, are stored as a numbered version that no one can change. The draft then goes on toward the next version."
        confirmLabel={`Publish version ${next}`}
        isPending={publish.isPending}
        isConfirmDisabled={isBlocked}
        onConfirm={() => publish.mutate(ref)}
      >
        <ReadinessNotice readiness={readiness} isBlocking={isBlocked} />
      </ConfirmDialog>
    </section>
  );
}

function RequestReviewDialog({
  teamSlug,
  assessment,
  readiness,
  isBlocked,
  isOpen,
  onClose,
}: {
  teamSlug: string;
  assessment: Assessment;
  readiness: ReadinessSummary;
  /** The team's rule of nothing open holds it back: the notice says what to resolve. */
  isBlocked: boolean;
  isOpen: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const legend = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const request = useMutation(
    trpc.assessments.requestReview.mutationOptions({
      onSuccess: () => {
        onClose();
        setChosen([]);
        setNote("");
        toast.success("Review requested. The text is locked until a reviewer decides.");
        void queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() });
      },
    }),
  );
  const waiting = new Set(
    assessment.reviews.filter((review) => review.state === "requested").map((review) => review.reviewerId),
  );
  const candidates = assessment.reviewerCandidates.filter((member) => !waiting.has(member.userId));
  return (
    <Dialog open={isOpen} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent
        title="Request review"
        description="Reviewers are editors or owners who did not write this assessment. While it is in review, the text is locked."
      >
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            request.mutate({
              teamSlug,
              assessmentId: assessment.id,
              reviewerIds: chosen,
              note: note || undefined,
            });
          }}
        >
          {request.error ? <Alert tone="error">{request.error.message}</Alert> : null}
          <ReadinessNotice readiness={readiness} isBlocking={isBlocked} />
          <fieldset aria-labelledby={legend} className="flex flex-col gap-2">
            <span id={legend} className="text-sm font-medium">
              Reviewers
            </span>
            {candidates.length === 0 ? (
              <p className="text-muted text-sm">
                No one can review it yet: every editor and owner of the team has written in it, or has been
                asked. Invite a teammate as an editor to review it.
              </p>
            ) : (
              candidates.map((member) => (
                <label key={member.userId} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="accent-primary size-4"
                    checked={chosen.includes(member.userId)}
                    onChange={(event) =>
                      setChosen((list) =>
                        event.target.checked
                          ? [...list, member.userId]
                          : list.filter((id) => id !== member.userId),
                      )
                    }
                  />
                  {member.name}
                </label>
              ))
            )}
          </fieldset>
          <Field label="Note to the reviewers (optional)">
            {(control) => (
              <Textarea
                {...control}
                value={note}
                maxLength={2000}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" isLoading={request.isPending} disabled={chosen.length === 0 || isBlocked}>
              Send for review
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function RequestChangesDialog({
  teamSlug,
  assessmentId,
  isOpen,
  onClose,
}: {
  teamSlug: string;
  assessmentId: string;
  isOpen: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const decide = useMutation(
    trpc.assessments.decideReview.mutationOptions({
      onSuccess: () => {
        onClose();
        setNote("");
        toast.success("Changes requested. The authors are notified and the text is unlocked.");
        void queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() });
      },
    }),
  );
  return (
    <Dialog open={isOpen} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent title="Request changes" description="The assessment goes back to draft with your note.">
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ teamSlug, assessmentId, decision: "request_changes", note });
          }}
        >
          {decide.error ? <Alert tone="error">{decide.error.message}</Alert> : null}
          <Field label="What should change">
            {(control) => (
              <Textarea
                {...control}
                value={note}
                maxLength={2000}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" isLoading={decide.isPending}>
              Request changes
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
