"use client";

import { ClipboardPaste, FileUp, Globe, ListPlus, Plus } from "lucide-react";
import { useState } from "react";

import { useTRPCClient } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

import { BulkImport, type BulkItem } from "./bulk-import";
import { FileDropZone } from "./file-drop-zone";
import { MAX_FILE_BYTES, readFileAsBase64, type ImportPreview } from "./import-types";
import { ReviewForm } from "./review-form";
import { BulkUrlsForm, PasteForm, UrlForm } from "./source-forms";

type Step =
  { name: "choose" } | { name: "review"; preview: ImportPreview } | { name: "bulk"; items: BulkItem[] };

/**
 * Attach articles: paste, upload (one file is reviewed; several are attached in bulk with their
 * details), a URL, or a list of URLs. One dialog, three steps: choose, review or follow the bulk run.
 */
export function AttachArticleDialog({ teamSlug }: { teamSlug: string }) {
  const client = useTRPCClient();
  const [isOpen, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ name: "choose" });
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [isUploading, setUploading] = useState(false);

  async function onFiles(files: File[]) {
    setUploadError(null);
    if (files.length > 1) {
      setStep({ name: "bulk", items: files.map((file) => ({ kind: "file", file })) });
      return;
    }
    const [file] = files;
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setUploadError(`“${file.name}” is too large: files can be at most 20 MB.`);
      return;
    }
    setUploading(true);
    try {
      const preview = await client.articles.importFile.mutate({
        teamSlug,
        fileName: file.name,
        contentBase64: await readFileAsBase64(file),
      });
      setStep({ name: "review", preview });
    } catch (error) {
      setUploadError(`“${file.name}”: ${error instanceof Error ? error.message : "the upload failed."}`);
    } finally {
      setUploading(false);
    }
  }

  const onPreview = (preview: ImportPreview) => setStep({ name: "review", preview });
  const title =
    step.name === "review"
      ? "Review the details"
      : step.name === "bulk"
        ? "Importing articles"
        : "Attach articles";

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setOpen(open);
        if (!open) {
          setStep({ name: "choose" });
          setUploadError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" /> Attach articles
        </Button>
      </DialogTrigger>
      <DialogContent title={title} className="max-w-2xl">
        {step.name === "review" ? (
          <ReviewForm teamSlug={teamSlug} preview={step.preview} onBack={() => setStep({ name: "choose" })} />
        ) : step.name === "bulk" ? (
          <BulkImport teamSlug={teamSlug} items={step.items} />
        ) : (
          <Tabs defaultValue="paste">
            <TabsList aria-label="How to attach">
              <TabsTrigger value="paste">
                <ClipboardPaste aria-hidden="true" /> Paste
              </TabsTrigger>
              <TabsTrigger value="upload">
                <FileUp aria-hidden="true" /> Upload
              </TabsTrigger>
              <TabsTrigger value="url">
                <Globe aria-hidden="true" /> From URL
              </TabsTrigger>
              <TabsTrigger value="bulk">
                <ListPlus aria-hidden="true" /> Many URLs
              </TabsTrigger>
            </TabsList>
            <TabsContent value="paste">
              <PasteForm teamSlug={teamSlug} onPreview={onPreview} />
            </TabsContent>
            <TabsContent value="upload" className="flex flex-col gap-3">
              {uploadError ? <Alert tone="error">{uploadError}</Alert> : null}
              {isUploading ? (
                <p role="status" className="text-muted text-sm">
                  Uploading and reading the file…
                </p>
              ) : (
                <FileDropZone onFiles={(files) => void onFiles(files)} />
              )}
              <p className="text-muted text-xs">
                One file: you review its details before attaching. Several: each is attached with the details
                found, and you see how each went.
              </p>
            </TabsContent>
            <TabsContent value="url">
              <UrlForm teamSlug={teamSlug} onPreview={onPreview} />
            </TabsContent>
            <TabsContent value="bulk">
              <BulkUrlsForm
                onStart={(urls) =>
                  setStep({ name: "bulk", items: urls.map((url) => ({ kind: "url", url })) })
                }
              />
            </TabsContent>
          </Tabs>
        )}
      </DialogContent>
    </Dialog>
  );
}
