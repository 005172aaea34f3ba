"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { MessageSquarePlus } from "lucide-react";
import { useCallback, useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";

import { Discussion } from "@/components/comments/discussion";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { LoadError, LoadingRows } from "@/components/ui/query-states";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { citedClaimIds } from "@/lib/assessments/doc-text";
import { checkEstimativeLanguage, keyJudgments } from "@/lib/assessments/estimative";
import { summarizeReadiness, type ReadinessSummary } from "@/lib/assessments/readiness";
import type { DocJson } from "@/lib/assessments/types";

import { AssessmentEditorProvider, type CitedClaim } from "./assessment-context";
import { CiteClaimDialog } from "./cite-claim-dialog";
import { CommentHighlights, commentHighlightsKey } from "./comment-highlights";
import { editorExtensions } from "./editor-extensions";
import { EditorToolbar } from "./editor-toolbar";
import { CollabStatusLine, PresenceList, UnsavedAlert } from "./presence";
import { ChecksPanel, EvidencePanel, NotesList } from "./side-panels";
import { colorFor, useCollabDocument } from "./use-collab-document";

/**
 * The real-time editor of an assessment: Tiptap on the shared Yjs document, with everyone's caret in
 * their colour and name, undo per person (Yjs), and a read-only document for viewers. Beside it, the
 * estimative-language check and the evidence; under it, the numbered notes of the cited claims.
 */
export function AssessmentEditor({
  teamSlug,
  assessmentId,
  documentName,
  user,
  canEdit,
  isLocked,
  onReadiness,
}: {
  teamSlug: string;
  assessmentId: string;
  documentName: string;
  user: { id: string; name: string };
  canEdit: boolean;
  /** In review or approved: the text is locked for everyone. */
  isLocked: boolean;
  /** Hears what is still open in the live text, whenever it changes. */
  onReadiness?: (readiness: ReadinessSummary) => void;
}) {
  const { session, status, access, collaborators, unsaved, dismissUnsaved } = useCollabDocument(
    documentName,
    user,
  );
  // The page's rights (from the assessment's status and the person's role) and the server's word,
  // which arrives first when a review starts: both must allow writing.
  const isWritable = canEdit && access?.readOnly !== true;
  const readOnlyReason = isWritable
    ? null
    : access && access.reason !== "draft"
      ? access.reason
      : isLocked
        ? "locked"
        : "viewer";
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CollabStatusLine status={status} readOnlyReason={readOnlyReason} />
        <PresenceList collaborators={collaborators} />
      </div>
      {status.state === "refused" ? (
        <Alert tone="error" title="The assessment could not be opened">
          {status.reason}
        </Alert>
      ) : status.state === "too-large" ? (
        <Alert tone="error" title="This assessment is too large to save more">
          It is over the size limit of {Math.round(status.maxBytes / 1_000_000)} MB. Your last change was not
          saved: shorten the text or split the assessment in two, then reload the page.
        </Alert>
      ) : null}
      {unsaved ? <UnsavedAlert unsaved={unsaved} onDismiss={dismissUnsaved} /> : null}
      <CollaborativeEditor
        key={`${documentName}:${session.generation}`}
        teamSlug={teamSlug}
        assessmentId={assessmentId}
        doc={session.doc}
        provider={session.provider}
        user={user}
        canEdit={isWritable && status.state !== "too-large" && status.state !== "refused"}
        onReadiness={onReadiness}
      />
    </div>
  );
}

/** The document as JSON, re-read a moment after each change (for the checks, notes and evidence). */
function useDocJson(editor: Editor | null): DocJson | null {
  const [json, setJson] = useState<DocJson | null>(null);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => setJson(editor.getJSON() as DocJson);
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(read, 300);
    };
    timer = setTimeout(read, 0);
    editor.on("update", onUpdate);
    return () => {
      if (timer) clearTimeout(timer);
      editor.off("update", onUpdate);
    };
  }, [editor]);
  return json;
}

function CollaborativeEditor({
  teamSlug,
  assessmentId,
  doc,
  provider,
  user,
  canEdit,
  onReadiness,
}: {
  teamSlug: string;
  assessmentId: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: { id: string; name: string };
  canEdit: boolean;
  onReadiness?: ((readiness: ReadinessSummary) => void) | undefined;
}) {
  const trpc = useTRPC();
  const [isCiting, setCiting] = useState(false);
  // A link to a comment (from the inbox) opens the comments.
  const [panel, setPanel] = useState(() =>
    typeof window !== "undefined" && window.location.hash.startsWith("#comment-") ? "comments" : "checks",
  );
  const [quote, setQuote] = useState<string | null>(null);
  const threads = useQuery(trpc.comments.list.queryOptions({ teamSlug, subject: { assessmentId } }));
  const openThreads = (threads.data?.threads ?? []).filter((thread) => !thread.resolvedAt).length;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: canEdit,
      extensions: [
        ...editorExtensions(),
        CommentHighlights,
        Collaboration.configure({ document: doc }),
        CollaborationCaret.configure({ provider, user: { name: user.name, color: colorFor(user.id) } }),
      ],
      editorProps: {
        attributes: {
          class: "assessment-document min-h-96 focus:outline-none",
          "aria-label": "Assessment text",
          "aria-multiline": "true",
          role: "textbox",
        },
      },
    },
    [doc, provider],
  );
  useEffect(() => {
    if (!editor || editor.isEditable === canEdit) return;
    // Nothing is held back while locked: the server refuses such changes and the editor resets.
    editor.setEditable(canEdit);
  }, [editor, canEdit]);

  // The words open threads are about, highlighted in the text (a local decoration, not shared).
  const quotes = useMemo(
    () =>
      (threads.data?.threads ?? []).flatMap((thread) =>
        !thread.resolvedAt && thread.quote ? [thread.quote] : [],
      ),
    [threads.data],
  );
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, quotes));
  }, [editor, quotes]);

  const json = useDocJson(editor);
  const citedIds = useMemo(() => (json ? citedClaimIds(json) : []), [json]);
  const findings = useMemo(() => (json ? checkEstimativeLanguage(json) : []), [json]);
  useEffect(() => {
    if (json && onReadiness) onReadiness(summarizeReadiness(json));
  }, [json, onReadiness]);
  const judgmentCount = useMemo(() => (json ? keyJudgments(json).length : 0), [json]);
  const cited = useQuery({
    ...trpc.claims.byIds.queryOptions({ teamSlug, claimIds: citedIds }),
    placeholderData: keepPreviousData,
  });
  const citations = useMemo(() => {
    const map = new Map<string, CitedClaim>();
    for (const item of cited.data?.items ?? [])
      map.set(item.id, {
        id: item.id,
        articleId: item.articleId,
        statement: item.statement,
        quote: item.anchor.quote,
        code: item.code,
        reliability: item.reliability,
        credibility: item.credibility,
        contradictionsCount: item.contradictionsCount,
        article: { title: item.article.title, publishedAt: item.article.publishedAt },
        outletName: item.outlet?.name ?? null,
      });
    return map;
  }, [cited.data]);
  const noteNumber = useCallback(
    (claimId: string) => {
      const index = citedIds.indexOf(claimId);
      return index < 0 ? null : index + 1;
    },
    [citedIds],
  );
  const numbered = citedIds.flatMap((id, index) => {
    const claim = citations.get(id);
    return claim ? [{ ...claim, number: index + 1 }] : [];
  });
  // Placeholder data is the answer for the previous set of citations: a new one is not known yet.
  const isLoaded = cited.isSuccess && !cited.isPlaceholderData;
  const hasFailed = cited.isError && !isLoaded;
  const context = useMemo(
    () => ({ teamSlug, citations, isLoaded, hasFailed, noteNumber }),
    [teamSlug, citations, isLoaded, hasFailed, noteNumber],
  );

  if (!editor) return <Skeleton className="h-96" />;
  return (
    <AssessmentEditorProvider value={context}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-3">
          <div className="flex flex-wrap items-center gap-2">
            {canEdit ? <EditorToolbar editor={editor} onCite={() => setCiting(true)} /> : null}
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                const { from, to } = editor.state.selection;
                // A quote stays inside one paragraph (the first one selected), so it can be found again.
                const [first = ""] = editor.state.doc.textBetween(from, to, "\n").split("\n");
                const text = first.replace(/\s+/g, " ").trim();
                setQuote(text ? text.slice(0, 500) : null);
                setPanel("comments");
              }}
            >
              <MessageSquarePlus aria-hidden="true" /> Comment on selection
            </Button>
          </div>
          <div className="border-border bg-surface flex flex-col gap-6 rounded-lg border px-5 py-4 sm:px-8 sm:py-6">
            <EditorContent editor={editor} />
            <NotesList claims={numbered} />
          </div>
        </div>
        <aside aria-label="Checks and evidence" className="min-w-0">
          <Tabs value={panel} onValueChange={setPanel}>
            <TabsList>
              <TabsTrigger value="checks">Checks {findings.length ? `(${findings.length})` : ""}</TabsTrigger>
              <TabsTrigger value="evidence">
                Evidence ({isLoaded ? numbered.length : citedIds.length})
              </TabsTrigger>
              <TabsTrigger value="comments">Comments {openThreads ? `(${openThreads})` : ""}</TabsTrigger>
            </TabsList>
            <TabsContent value="checks">
              <ChecksPanel findings={findings} judgments={judgmentCount} />
            </TabsContent>
            <TabsContent value="evidence">
              {isLoaded || citedIds.length === 0 ? (
                <EvidencePanel teamSlug={teamSlug} claims={numbered} />
              ) : cited.isError ? (
                <LoadError
                  title="The cited claims could not be loaded"
                  message={cited.error.message}
                  onRetry={() => void cited.refetch()}
                />
              ) : (
                <LoadingRows label="Loading the cited claims" className="h-14" />
              )}
            </TabsContent>
            <TabsContent value="comments">
              <Discussion
                teamSlug={teamSlug}
                subject={{ assessmentId }}
                quote={quote}
                onQuoteUsed={() => setQuote(null)}
              />
            </TabsContent>
          </Tabs>
        </aside>
      </div>
      <CiteClaimDialog
        teamSlug={teamSlug}
        isOpen={isCiting}
        onClose={() => setCiting(false)}
        onCite={(claimId) => {
          setCiting(false);
          editor.chain().focus().insertContent({ type: "citation", attrs: { claimId } }).run();
        }}
      />
    </AssessmentEditorProvider>
  );
}
