import type { ReactNode } from "react";

import { segmentSpan, type HighlightIndex } from "@/lib/anchoring";
import { cn } from "@/lib/cn";
import type { Block, Span } from "@/lib/text/document";

/** How highlighted passages look and behave; absent, the text is plain. */
export interface BodyHighlights {
  index: HighlightIndex;
  /** The claim open beside the text: its passage is outlined. */
  activeId?: string | null;
}

/** Shades for one, two, three or more claims over the same words. */
const DEPTH_CLASSES = [
  "bg-amber-200/70 dark:bg-amber-400/30",
  "bg-amber-300/80 dark:bg-amber-400/45",
  "bg-amber-400/80 dark:bg-amber-400/60",
];

/**
 * A run of the stored text. Every piece is an element carrying `data-offset` (its first character's
 * offset in the text) around exactly one text node: that is how a selection in the page is turned back
 * into offsets (components/claims/selection.ts). Highlighted pieces are <mark>s that list the claims
 * covering them, innermost last; one mark per piece, so overlapping claims never break the nesting.
 */
function TextRun({
  text,
  span,
  highlights,
}: {
  text: string;
  span: Span;
  highlights?: BodyHighlights | undefined;
}) {
  if (!highlights) return <span data-offset={span.start}>{text.slice(span.start, span.end)}</span>;
  return (
    <>
      {segmentSpan(span, highlights.index).map((segment) => {
        const value = text.slice(segment.start, segment.end);
        if (segment.ids.length === 0)
          return (
            <span key={segment.start} data-offset={segment.start}>
              {value}
            </span>
          );
        const isActive = highlights.activeId ? segment.ids.includes(highlights.activeId) : false;
        return (
          <mark
            key={segment.start}
            data-offset={segment.start}
            data-claim-ids={segment.ids.join(" ")}
            className={cn(
              "text-foreground cursor-pointer rounded-[2px] decoration-amber-600 decoration-2 underline-offset-4",
              DEPTH_CLASSES[Math.min(segment.ids.length, DEPTH_CLASSES.length) - 1],
              isActive && "outline-primary underline outline-2",
            )}
          >
            {value}
          </mark>
        );
      })}
    </>
  );
}

/**
 * An article's snapshot as a clean reading view: headings, paragraphs, lists, quotes and tables, from
 * the blocks' offsets into the stored text, with claims' passages highlighted when given. Only text
 * nodes: imported content is never HTML here.
 */
export function ArticleBody({
  text,
  blocks,
  highlights,
}: {
  text: string;
  blocks: Block[];
  highlights?: BodyHighlights | undefined;
}) {
  const run = (span: Span) => <TextRun text={text} span={span} highlights={highlights} />;
  const out: ReactNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) continue;
    if (block.type === "list-item") {
      // Consecutive list items form one list.
      const items: Block[] = [];
      let cursor = index;
      for (; cursor < blocks.length && blocks[cursor]?.type === "list-item"; cursor++) {
        const item = blocks[cursor];
        if (item) items.push(item);
      }
      const ordered = block.ordered;
      const List = ordered ? "ol" : "ul";
      out.push(
        <List key={block.start} className={ordered ? "list-decimal pl-6" : "list-disc pl-6"}>
          {items.map((item) => (
            <li key={item.start} className="pl-1">
              {run(item)}
            </li>
          ))}
        </List>,
      );
      index = cursor - 1;
      continue;
    }
    if (block.type === "heading") {
      const Heading = block.level === 1 ? "h2" : block.level === 2 ? "h3" : "h4";
      out.push(
        <Heading key={block.start} className="mt-2 text-lg font-semibold tracking-tight">
          {run(block)}
        </Heading>,
      );
    } else if (block.type === "quote") {
      out.push(
        <blockquote key={block.start} className="border-border-strong text-muted border-l-4 pl-4 italic">
          {run(block)}
        </blockquote>,
      );
    } else if (block.type === "table") {
      const [head, ...body] = block.rows;
      out.push(
        <div key={block.start} className="relative overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            {head && body.length > 0 ? (
              <thead>
                <tr>
                  {head.map((cell, cellIndex) => (
                    <th
                      key={cellIndex}
                      scope="col"
                      className="border-border bg-surface-muted border px-3 py-2 text-left font-semibold"
                    >
                      {run(cell)}
                    </th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody>
              {(body.length > 0 ? body : block.rows).map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex} className="border-border border px-3 py-2 align-top">
                      {run(cell)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>,
      );
    } else {
      out.push(<p key={block.start}>{run(block)}</p>);
    }
  }
  return <div className="flex flex-col gap-4 text-[1.0625rem] leading-8">{out}</div>;
}
