"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { RadioCards } from "@/components/ui/radio-cards";
import { TEMPLATE_KEYS, TEMPLATES, type TemplateKey } from "@/lib/assessments/templates";

const OPTIONS = TEMPLATE_KEYS.map((key) => ({
  value: key,
  label: TEMPLATES[key].label,
  description: TEMPLATES[key].description,
}));

/** Start an assessment: a title and a template; the editor opens on it. */
export function NewAssessmentDialog({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const templateLabel = useId();
  const [isOpen, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [templateKey, setTemplateKey] = useState<TemplateKey>("four-track");
  const create = useMutation(
    trpc.assessments.create.mutationOptions({
      onSuccess: (assessment) => router.push(`/t/${teamSlug}/assessments/${assessment.id}`),
    }),
  );
  return (
    <Dialog open={isOpen} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" /> New assessment
        </Button>
      </DialogTrigger>
      <DialogContent title="New assessment" className="max-w-xl">
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ teamSlug, title, templateKey });
          }}
        >
          {create.error && !create.error.data?.fieldErrors ? (
            <Alert tone="error">{create.error.message}</Alert>
          ) : null}
          <Field label="Title" error={fieldError(create.error, "title")}>
            {(control) => (
              <Input
                {...control}
                value={title}
                maxLength={200}
                onChange={(event) => setTitle(event.target.value)}
              />
            )}
          </Field>
          <div className="flex flex-col gap-1.5">
            <span id={templateLabel} className="text-sm font-medium">
              Template
            </span>
            <RadioCards
              aria-labelledby={templateLabel}
              value={templateKey}
              onValueChange={(value) => setTemplateKey(value as TemplateKey)}
              options={OPTIONS}
            />
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" isLoading={create.isPending}>
              Create and open
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
