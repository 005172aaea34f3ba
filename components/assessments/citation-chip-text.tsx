import { cn } from "@/lib/cn";

/**
 * A citation chip's box. Inline, not flex: in a flex box each child would count as a block, and the
 * name would read "Note 1 , code B2" with stray spaces.
 */
export function citationChipClass(...extra: (string | false | undefined)[]): string {
  return cn(
    "mx-0.5 inline-block rounded border px-1 font-mono text-xs leading-normal no-underline",
    ...extra,
  );
}

/**
 * What a citation chip says, in the editor and in a published version alike: the note number and
 * the claim's code are what one sees; a screen reader hears them in a sentence ("Note 1, code B2:
 * claim “…”"), one text so no stray spaces split it, with the words one sees in it.
 */
export function CitationChipText({
  number,
  claim,
  state = claim ? "known" : "gone",
}: {
  number: number | null;
  claim: { code: string; statement: string; isContradicted?: boolean } | null | undefined;
  /** "loading" until the team's answer is in: a claim is "removed" only once it is known to be gone. */
  state?: "known" | "loading" | "failed" | "gone";
}) {
  const note = `Note ${number ?? "?"}`;
  const known = claim && state === "known" ? claim : null;
  const spoken = known
    ? `${note}, code ${known.code}: claim “${known.statement}”${known.isContradicted ? ", contradicted" : ""}`
    : state === "loading"
      ? `${note}: loading the cited claim`
      : state === "failed"
        ? `${note}: the cited claim could not be loaded`
        : `${note}: removed, a cited claim that no longer exists`;
  return (
    <>
      <span className="sr-only">{spoken}</span>
      <span aria-hidden="true">
        <sup>{number ?? "?"}</sup>
        <span className="ml-1 font-bold">
          {known ? known.code : state === "loading" ? "…" : state === "failed" ? "?" : "removed"}
        </span>
      </span>
    </>
  );
}
