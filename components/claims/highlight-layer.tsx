"use client";

import { useEffect, useState, type RefObject } from "react";

import { TagChip } from "@/components/tags/tag-chip";

import { ClaimCode, type ClaimCodeProps } from "./claim-code";

interface LayerClaim {
  id: string;
  statement: string;
  tags: { id: string; name: string; color: string }[];
  reliability: ClaimCodeProps["reliability"];
  credibility: ClaimCodeProps["credibility"];
}

interface Spot {
  ids: string[];
  top: number;
  left: number;
}

/** The claims a highlight covers, innermost last (as ArticleBody writes them). */
function idsAt(target: EventTarget | null): { ids: string[]; mark: HTMLElement } | null {
  const mark = target instanceof Element ? target.closest<HTMLElement>("mark[data-claim-ids]") : null;
  const ids = mark?.dataset.claimIds?.split(" ").filter(Boolean) ?? [];
  return mark && ids.length ? { ids, mark } : null;
}

/**
 * What happens on the highlights, handled once for the whole text rather than per mark (an article
 * may have hundreds): hovering shows the claims' statements and tags, a click opens the claim, and
 * where several claims overlap a click offers the choice.
 */
export function HighlightLayer({
  rootRef,
  claims,
  onOpen,
}: {
  rootRef: RefObject<HTMLElement | null>;
  claims: ReadonlyMap<string, LayerClaim>;
  onOpen: (claimId: string) => void;
}) {
  const [hover, setHover] = useState<Spot | null>(null);
  const [choice, setChoice] = useState<Spot | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const spotOf = (mark: HTMLElement, ids: string[]): Spot => {
      const box = mark.getBoundingClientRect();
      const parent = root.parentElement?.getBoundingClientRect();
      return { ids, top: box.bottom - (parent?.top ?? 0) + 6, left: box.left - (parent?.left ?? 0) };
    };
    const onOver = (event: MouseEvent) => {
      const found = idsAt(event.target);
      setHover(found ? spotOf(found.mark, found.ids) : null);
    };
    const onLeave = () => setHover(null);
    const onClick = (event: MouseEvent) => {
      const found = idsAt(event.target);
      // A click that ends a selection is for tagging, not for opening.
      if (!found || !document.getSelection()?.isCollapsed) return;
      setHover(null);
      const [only] = found.ids;
      if (found.ids.length === 1 && only) onOpen(only);
      else setChoice(spotOf(found.mark, found.ids));
    };
    root.addEventListener("mouseover", onOver);
    root.addEventListener("mouseleave", onLeave);
    root.addEventListener("click", onClick);
    return () => {
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("mouseleave", onLeave);
      root.removeEventListener("click", onClick);
    };
  }, [rootRef, onOpen]);

  useEffect(() => {
    if (!choice) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === "Escape") setChoice(null);
    };
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [choice]);

  const spot = choice ?? hover;
  if (!spot) return null;
  const items = spot.ids.flatMap((id) => claims.get(id) ?? []).reverse();
  if (items.length === 0) return null;
  return (
    <div
      role={choice ? "dialog" : "tooltip"}
      aria-label={choice ? "Claims on this passage" : undefined}
      className="border-border bg-surface absolute z-30 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2 rounded-md border p-3 text-sm shadow-lg"
      style={{ top: spot.top, left: Math.max(0, spot.left) }}
      onMouseLeave={() => setChoice(null)}
    >
      {choice ? <p className="text-muted text-xs">{items.length} claims overlap here. Open one:</p> : null}
      {items.map((claim) => (
        <div key={claim.id} className="flex flex-col gap-1">
          <div className="flex items-start gap-2">
            <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
            {choice ? (
              <button
                type="button"
                className="text-left font-medium hover:underline"
                onClick={() => {
                  setChoice(null);
                  onOpen(claim.id);
                }}
              >
                {claim.statement}
              </button>
            ) : (
              <span className="font-medium">{claim.statement}</span>
            )}
          </div>
          {claim.tags.length ? (
            <div className="flex flex-wrap gap-1">
              {claim.tags.map((tag) => (
                <TagChip key={tag.id} name={tag.name} color={tag.color} />
              ))}
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
