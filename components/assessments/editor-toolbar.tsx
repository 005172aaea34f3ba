"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import {
  Bold,
  Heading2,
  Heading3,
  Italic,
  Link2,
  List,
  ListOrdered,
  Quote,
  BookmarkPlus as CiteIcon,
  Redo2,
  Scale,
  Table,
  Undo2,
  type LucideIcon,
} from "lucide-react";

import { cn } from "@/lib/cn";

interface Action {
  label: string;
  /** Shown in words beside the icon: an analysts' tool no icon names well. */
  hasVisibleLabel?: boolean;
  icon: LucideIcon;
  run: (editor: Editor) => void;
  isActive?: (editor: Editor) => boolean;
}

const ACTIONS: Action[][] = [
  [
    { label: "Undo", icon: Undo2, run: (editor) => editor.chain().focus().undo().run() },
    { label: "Redo", icon: Redo2, run: (editor) => editor.chain().focus().redo().run() },
  ],
  [
    {
      label: "Heading",
      icon: Heading2,
      run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
      isActive: (editor) => editor.isActive("heading", { level: 2 }),
    },
    {
      label: "Subheading",
      icon: Heading3,
      run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
      isActive: (editor) => editor.isActive("heading", { level: 3 }),
    },
    {
      label: "Bold",
      icon: Bold,
      run: (editor) => editor.chain().focus().toggleBold().run(),
      isActive: (editor) => editor.isActive("bold"),
    },
    {
      label: "Italic",
      icon: Italic,
      run: (editor) => editor.chain().focus().toggleItalic().run(),
      isActive: (editor) => editor.isActive("italic"),
    },
  ],
  [
    {
      label: "Bulleted list",
      icon: List,
      run: (editor) => editor.chain().focus().toggleBulletList().run(),
      isActive: (editor) => editor.isActive("bulletList"),
    },
    {
      label: "Numbered list",
      icon: ListOrdered,
      run: (editor) => editor.chain().focus().toggleOrderedList().run(),
      isActive: (editor) => editor.isActive("orderedList"),
    },
    {
      label: "Quote",
      icon: Quote,
      run: (editor) => editor.chain().focus().toggleBlockquote().run(),
      isActive: (editor) => editor.isActive("blockquote"),
    },
    {
      label: "Link",
      icon: Link2,
      run: (editor) => {
        const previous = editor.getAttributes("link").href as string | undefined;
        const href = window.prompt("Link address (http, https or mailto)", previous ?? "https://");
        if (href === null) return;
        if (href.trim() === "") editor.chain().focus().unsetLink().run();
        else editor.chain().focus().setLink({ href: href.trim() }).run();
      },
      isActive: (editor) => editor.isActive("link"),
    },
    {
      label: "Table",
      icon: Table,
      run: (editor) => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    {
      label: "Key judgment",
      icon: Scale,
      hasVisibleLabel: true,
      run: (editor) => editor.chain().focus().setNode("keyJudgment").run(),
      isActive: (editor) => editor.isActive("keyJudgment"),
    },
  ],
];

const FLAT = ACTIONS.flat();

/** The editor's formatting controls: named buttons, pressed state announced, reachable by keyboard. */
export function EditorToolbar({ editor, onCite }: { editor: Editor; onCite: () => void }) {
  // Re-render on selection and content changes, so the pressed states follow the caret.
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      FLAT.map((action) => (action.isActive ? action.isActive(current) : false)),
  });
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      className="border-border bg-surface sticky top-14 z-10 flex flex-wrap items-center gap-1 rounded-md border p-1 md:top-2"
    >
      {ACTIONS.map((group, groupIndex) => (
        <div
          key={groupIndex}
          className="border-border flex items-center gap-0.5 border-r pr-1 last:border-r-0"
        >
          {group.map((action) => {
            const isActive = active[FLAT.indexOf(action)] ?? false;
            return (
              <button
                key={action.label}
                type="button"
                aria-label={action.hasVisibleLabel ? undefined : action.label}
                title={action.hasVisibleLabel ? "Make this paragraph a key judgment" : action.label}
                aria-pressed={action.isActive ? isActive : undefined}
                onClick={() => action.run(editor)}
                className={cn(
                  "text-muted hover:bg-surface-muted hover:text-foreground rounded p-1.5",
                  action.hasVisibleLabel && "inline-flex items-center gap-1 px-2 py-1 text-sm",
                  isActive && "bg-primary-soft text-primary",
                )}
              >
                <action.icon aria-hidden="true" className="size-4" />
                {action.hasVisibleLabel ? action.label : null}
              </button>
            );
          })}
        </div>
      ))}
      <button
        type="button"
        onClick={onCite}
        className="text-primary hover:bg-primary-soft ml-auto inline-flex items-center gap-1 rounded px-2 py-1 text-sm font-medium"
      >
        <CiteIcon aria-hidden="true" className="size-4" /> Cite a claim
      </button>
    </div>
  );
}
