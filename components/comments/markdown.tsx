import type { ReactNode } from "react";

import { cn } from "@/lib/cn";
import { safeHref } from "@/lib/markdown/links";
import type { MdBlock, MdInline } from "@/lib/markdown/ast";

function Inlines({ nodes }: { nodes: readonly MdInline[] }): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "break":
        return <br key={index} />;
      case "strong":
        return (
          <strong key={index} className="font-semibold">
            <Inlines nodes={node.children} />
          </strong>
        );
      case "emphasis":
        return (
          <em key={index}>
            <Inlines nodes={node.children} />
          </em>
        );
      case "code":
        return (
          <code key={index} className="bg-surface-muted rounded px-1 font-mono text-[0.9em]">
            {node.text}
          </code>
        );
      case "mention":
        return (
          <span key={index} className="text-primary font-medium" data-user-id={node.userId}>
            @{node.name}
          </span>
        );
      case "link": {
        // The parser only makes links of safe hrefs; checking again costs nothing and keeps this
        // component safe even if it is handed a tree built elsewhere.
        const href = safeHref(node.href);
        if (!href) return <Inlines key={index} nodes={node.children} />;
        return (
          <a
            key={index}
            href={href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="text-primary underline underline-offset-2"
          >
            <Inlines nodes={node.children} />
          </a>
        );
      }
    }
  });
}

function Blocks({ blocks }: { blocks: readonly MdBlock[] }): ReactNode {
  return blocks.map((block, index) => {
    switch (block.type) {
      case "paragraph":
        return (
          <p key={index}>
            <Inlines nodes={block.children} />
          </p>
        );
      case "code":
        return (
          <pre
            key={index}
            className="bg-surface-muted overflow-x-auto rounded p-2 font-mono text-[0.9em] leading-snug"
          >
            <code>{block.text}</code>
          </pre>
        );
      case "quote":
        return (
          <blockquote key={index} className="border-border text-muted space-y-2 border-l-2 pl-3">
            <Blocks blocks={block.children} />
          </blockquote>
        );
      case "list": {
        const items = block.items.map((item, itemIndex) => {
          const [only] = item;
          // A one-paragraph item renders without its <p>, so simple lists stay tight.
          const content =
            item.length === 1 && only?.type === "paragraph" ? (
              <Inlines nodes={only.children} />
            ) : (
              <Blocks blocks={item} />
            );
          return (
            <li key={itemIndex} className="space-y-2">
              {content}
            </li>
          );
        });
        return block.ordered ? (
          <ol
            key={index}
            start={block.start === 1 ? undefined : block.start}
            className="list-decimal space-y-1 pl-5"
          >
            {items}
          </ol>
        ) : (
          <ul key={index} className="list-disc space-y-1 pl-5">
            {items}
          </ul>
        );
      }
    }
  });
}

/**
 * A comment body rendered from its Markdown subset, parsed on the server (lib/markdown/parse: the
 * parser stays out of the browser). Everything a person wrote ends up as React text nodes (React
 * escapes them), never as HTML, and links are http:, https: or mailto: only. No hooks, so it works
 * in server and client components alike.
 */
export function Markdown({ blocks, className }: { blocks: readonly MdBlock[]; className?: string }) {
  return (
    <div className={cn("space-y-2 wrap-anywhere", className)}>
      <Blocks blocks={blocks} />
    </div>
  );
}
