"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";

import { selectionToRange } from "./selection";

export interface ReaderSelection {
  start: number;
  end: number;
  quote: string;
  /** Where to float the "Tag claim" button: above the selection's middle, relative to the text's container. */
  position: { top: number; left: number };
}

/**
 * The reader's current text selection as offsets into the article's text, whether made with the mouse
 * or the keyboard (selectionchange covers both), or null. Kept while the person moves to the "Tag
 * claim" button, which would otherwise clear it.
 */
export function useReaderSelection(rootRef: RefObject<HTMLElement | null>, text: string, isEnabled: boolean) {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);

  useEffect(() => {
    if (!isEnabled) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = rootRef.current;
        const current = document.getSelection();
        if (!root || !current) return;
        const range = selectionToRange(root, current, text);
        if (!range) {
          // A click on the toolbar collapses nothing (it prevents mousedown); any other collapse or a
          // selection outside the article clears ours.
          if (current.isCollapsed || current.rangeCount === 0 || !root.contains(current.anchorNode))
            setSelection(null);
          return;
        }
        const box = current.getRangeAt(0).getBoundingClientRect();
        const container = (root.parentElement ?? root).getBoundingClientRect();
        setSelection({
          ...range,
          position: {
            top: box.top - container.top - 44,
            left: Math.max(60, box.left - container.left + box.width / 2),
          },
        });
      });
    };
    document.addEventListener("selectionchange", update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", update);
    };
  }, [rootRef, text, isEnabled]);

  const clear = useCallback(() => {
    setSelection(null);
    document.getSelection()?.removeAllRanges();
  }, []);

  return { selection, clear };
}
