"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

import type { ImportPreview } from "./import-types";

/**
 * Step two of attaching: what was found (title, outlet, author, date, URL, language) is shown for
 * review, every field correctable, with the snapshot's size and hash, before the article is attached.
 */
export function ReviewForm({
  teamSlug,
  preview,
  onBack,
}: {
  teamSlug: string;
  preview: ImportPreview;
  onBack: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const found = preview.suggested;
  const [title, setTitle] = useState(found.title);
  const [outletName, setOutletName] = useState(found.outletName ?? "");
  const [author, setAuthor] = useState(found.author ?? "");
  const [publishedAt, setPublishedAt] = useState(found.publishedAt?.slice(0, 10) ?? "");
  const [url, setUrl] = useState(found.url ?? "");
  const [language, setLanguage] = useState(found.language ?? "");
  const create = useMutation(
    trpc.articles.create.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.sources.list.pathKey() });
        toast.success(
          result.status === "attached"
            ? "Article attached."
            : "This article was already in the library: opening it.",
        );
        router.push(`/t/${teamSlug}/articles/${result.articleId}`);
      },
    }),
  );
  const error = create.error;

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({
          teamSlug,
          importId: preview.importId,
          title,
          outletName: outletName || null,
          author: author || null,
          publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00.000Z`) : null,
          url: url || null,
          language: language || null,
        });
      }}
    >
      {preview.duplicate ? (
        <Alert
          tone="warning"
          title={
            preview.duplicate.reason === "text"
              ? "This text is already in the library"
              : "An article with this URL is already in the library"
          }
        >
          <Link
            className="text-primary font-medium underline"
            href={`/t/${teamSlug}/articles/${preview.duplicate.articleId}`}
          >
            Open “{preview.duplicate.title}”{preview.duplicate.isDeleted ? " (in the trash)" : ""}
          </Link>{" "}
          instead of attaching a copy.
        </Alert>
      ) : null}
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <p className="text-muted text-sm">
        {preview.wordCount.toLocaleString("en")} words in {preview.blockCount} blocks · SHA-256{" "}
        <code className="font-mono text-xs">{preview.contentHash.slice(0, 12)}…</code>
      </p>
      <blockquote className="border-border bg-surface-muted/50 text-muted max-h-28 overflow-y-auto rounded-md border p-3 text-xs whitespace-pre-line">
        {preview.excerpt}
        {preview.excerpt.length >= 600 ? "…" : ""}
      </blockquote>
      <Field label="Title" error={fieldError(error, "title")}>
        {(control) => (
          <Input
            {...control}
            value={title}
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Outlet"
          hint="Found or added among your sources."
          error={fieldError(error, "outletName")}
        >
          {(control) => (
            <Input
              {...control}
              value={outletName}
              maxLength={200}
              onChange={(event) => setOutletName(event.target.value)}
            />
          )}
        </Field>
        <Field label="Author" error={fieldError(error, "author")}>
          {(control) => (
            <Input
              {...control}
              value={author}
              maxLength={200}
              onChange={(event) => setAuthor(event.target.value)}
            />
          )}
        </Field>
        <Field label="Published" error={fieldError(error, "publishedAt")}>
          {(control) => (
            <Input
              {...control}
              type="date"
              value={publishedAt}
              onChange={(event) => setPublishedAt(event.target.value)}
            />
          )}
        </Field>
        <Field label="Language" hint="Two-letter code, e.g. en." error={fieldError(error, "language")}>
          {(control) => (
            <Input
              {...control}
              value={language}
              maxLength={12}
              onChange={(event) => setLanguage(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label="URL"
        hint={
          found.canonicalUrl && found.canonicalUrl !== url ? `Filed under ${found.canonicalUrl}` : undefined
        }
        error={fieldError(error, "url")}
      >
        {(control) => (
          <Input
            {...control}
            type="url"
            value={url}
            maxLength={2048}
            onChange={(event) => setUrl(event.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        <div className="flex gap-2">
          {preview.duplicate ? (
            <Button asChild variant="secondary">
              <Link href={`/t/${teamSlug}/articles/${preview.duplicate.articleId}`}>
                <ExternalLink aria-hidden="true" /> Open existing
              </Link>
            </Button>
          ) : null}
          <Button type="submit" isLoading={create.isPending}>
            Attach article
          </Button>
        </div>
      </div>
    </form>
  );
}
