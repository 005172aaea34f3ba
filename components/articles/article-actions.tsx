"use client";

import { useMutation } from "@tanstack/react-query";
import { Pencil, RotateCcw, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

export interface EditableArticle {
  id: string;
  title: string;
  outletName: string | null;
  author: string | null;
  publishedAt: Date | null;
  url: string | null;
  language: string | null;
  isDeleted: boolean;
}

/** Edit an article's details (never its text), move it to the trash, or restore it. Editors only. */
export function ArticleActions({ teamSlug, article }: { teamSlug: string; article: EditableArticle }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isEditing, setEditing] = useState(false);
  const [form, setForm] = useState({
    title: article.title,
    outletName: article.outletName ?? "",
    author: article.author ?? "",
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? "",
    url: article.url ?? "",
    language: article.language ?? "",
  });
  const update = useMutation(
    trpc.articles.update.mutationOptions({
      onSuccess: (result) => {
        setEditing(false);
        toast.success(result.changed.length > 0 ? "Details saved." : "Nothing changed.");
        router.refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.articles.delete.mutationOptions({
      onSuccess: () => {
        toast.success("Moved to the trash. You can restore it from there.");
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const restore = useMutation(
    trpc.articles.restore.mutationOptions({
      onSuccess: () => {
        toast.success("Article restored.");
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const set = (key: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: event.target.value });
  const error = update.error;

  if (article.isDeleted) {
    return (
      <Button
        variant="secondary"
        isLoading={restore.isPending}
        onClick={() => restore.mutate({ teamSlug, articleId: article.id })}
      >
        <RotateCcw aria-hidden="true" /> Restore
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Dialog open={isEditing} onOpenChange={setEditing}>
        <DialogTrigger asChild>
          <Button variant="secondary">
            <Pencil aria-hidden="true" /> Edit details
          </Button>
        </DialogTrigger>
        <DialogContent
          title="Edit details"
          description="The text is a snapshot and never changes; these details can be corrected."
        >
          <form
            className="flex flex-col gap-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate({
                teamSlug,
                articleId: article.id,
                title: form.title,
                outletName: form.outletName || null,
                author: form.author || null,
                publishedAt: form.publishedAt ? new Date(`${form.publishedAt}T00:00:00.000Z`) : null,
                url: form.url || null,
                language: form.language || null,
              });
            }}
          >
            {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
            <Field label="Title" error={fieldError(error, "title")}>
              {(control) => <Input {...control} value={form.title} maxLength={300} onChange={set("title")} />}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Outlet" error={fieldError(error, "outletName")}>
                {(control) => (
                  <Input {...control} value={form.outletName} maxLength={200} onChange={set("outletName")} />
                )}
              </Field>
              <Field label="Author" error={fieldError(error, "author")}>
                {(control) => (
                  <Input {...control} value={form.author} maxLength={200} onChange={set("author")} />
                )}
              </Field>
              <Field label="Published" error={fieldError(error, "publishedAt")}>
                {(control) => (
                  <Input {...control} type="date" value={form.publishedAt} onChange={set("publishedAt")} />
                )}
              </Field>
              <Field label="Language" error={fieldError(error, "language")}>
                {(control) => (
                  <Input {...control} value={form.language} maxLength={12} onChange={set("language")} />
                )}
              </Field>
            </div>
            <Field label="URL" error={fieldError(error, "url")}>
              {(control) => (
                <Input {...control} type="url" value={form.url} maxLength={2048} onChange={set("url")} />
              )}
            </Field>
            <div className="flex justify-end">
              <Button type="submit" isLoading={update.isPending}>
                Save details
              </Button>
            </div>
          </form>
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        title="Move this article to the trash?"
        description="It disappears from the library and search. Anyone who can edit can restore it from the trash."
        confirmLabel="Move to trash"
        isPending={remove.isPending}
        onConfirm={() => remove.mutate({ teamSlug, articleId: article.id })}
        trigger={
          <Button variant="ghost">
            <Trash2 aria-hidden="true" /> Delete
          </Button>
        }
      />
    </div>
  );
}
