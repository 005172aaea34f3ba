import { Split } from "lucide-react";

import { contradictionMark } from "@/lib/claims";

/**
 * Shown where other claims contradict this one (a relation, from links), drawn as an outlined mark
 * with its own icon and words, so it is never mistaken for the status badge "Contradicted" beside it.
 */
export function ContradictionMark({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span
      title="Claims linked as contradicting this one"
      className="border-danger/60 text-danger inline-flex items-center gap-1 rounded-full border border-dashed px-2 py-0.5 text-xs font-medium"
    >
      <Split aria-hidden="true" className="size-3" /> {contradictionMark(count)}
    </span>
  );
}
