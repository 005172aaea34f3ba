"use client";

import { useMutation } from "@tanstack/react-query";
import { Link2, Loader2 } from "lucide-react";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

import type { ImportPreview } from "./import-types";

/** Paste an article's text, with any details you already know. */
export function PasteForm({
  teamSlug,
  onPreview,
}: {
  teamSlug: string;
  onPreview: (preview: ImportPreview) => void;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [outletName, setOutletName] = useState("");
  const importText = useMutation(trpc.articles.importText.mutationOptions({ onSuccess: onPreview }));
  const error = importText.error;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        importText.mutate({
          teamSlug,
          text,
          title: title || undefined,
          url: url || undefined,
          outletName: outletName || undefined,
        });
      }}
    >
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <Field
        label="Article text"
        error={fieldError(error, "text")}
        hint="Paste the whole article. Its text is kept exactly, as a snapshot."
      >
        {(control) => (
          <Textarea {...control} value={text} rows={10} onChange={(event) => setText(event.target.value)} />
        )}
      </Field>
      <details className="border-border rounded-md border px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium">Details you already know (optional)</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <Field label="Title">
            {(control) => (
              <Input {...control} value={title} onChange={(event) => setTitle(event.target.value)} />
            )}
          </Field>
          <Field label="Outlet">
            {(control) => (
              <Input
                {...control}
                value={outletName}
                onChange={(event) => setOutletName(event.target.value)}
              />
            )}
          </Field>
          <Field label="Original URL" className="sm:col-span-2" error={fieldError(error, "url")}>
            {(control) => (
              <Input {...control} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
            )}
          </Field>
        </div>
      </details>
      <div className="flex justify-end">
        <Button type="submit" isLoading={importText.isPending}>
          Continue
        </Button>
      </div>
    </form>
  );
}

/** Give a web address; the server fetches and extracts the article. */
export function UrlForm({
  teamSlug,
  onPreview,
}: {
  teamSlug: string;
  onPreview: (preview: ImportPreview) => void;
}) {
  const trpc = useTRPC();
  const [url, setUrl] = useState("");
  const importUrl = useMutation(trpc.articles.importUrl.mutationOptions({ onSuccess: onPreview }));
  const error = importUrl.error;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        importUrl.mutate({ teamSlug, url });
      }}
    >
      {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <Field
        label="Web address"
        hint="The page is fetched once and kept as a snapshot."
        error={fieldError(error, "url")}
      >
        {(control) => (
          <Input
            {...control}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        )}
      </Field>
      {importUrl.isPending ? (
        <p role="status" className="text-muted flex items-center gap-2 text-sm">
          <Loader2 aria-hidden="true" className="size-4 animate-spin" /> Fetching the page (up to 10 seconds)…
        </p>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" isLoading={importUrl.isPending}>
          <Link2 aria-hidden="true" /> Fetch article
        </Button>
      </div>
    </form>
  );
}

/** Many addresses, one per line, imported in one go. */
export function BulkUrlsForm({ onStart }: { onStart: (urls: string[]) => void }) {
  const [value, setValue] = useState("");
  const urls = value
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const tooMany = urls.length > 50;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (urls.length > 0 && !tooMany) onStart([...new Set(urls)]);
      }}
    >
      <Field
        label="Web addresses"
        hint="One per line, up to 50. Each is fetched and attached with the details found; one failure does not stop the others."
        error={tooMany ? "At most 50 addresses at a time." : undefined}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={8}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            className="font-mono text-xs"
          />
        )}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" disabled={urls.length === 0 || tooMany}>
          Import {urls.length || ""} article{urls.length === 1 ? "" : "s"}
        </Button>
      </div>
    </form>
  );
}
