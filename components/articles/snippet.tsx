/** The marks the server puts around matched words (see list-articles.ts). */
const MATCH = /\u0001([^\u0002]*)\u0002/g;

/**
 * A search snippet with its matched words highlighted. Built from text nodes and <mark> elements:
 * the snippet is never parsed as HTML.
 */
export function Snippet({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MATCH)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <mark key={match.index} className="text-foreground rounded-sm bg-amber-200 px-0.5 dark:bg-amber-700/60">
        {match[1]}
      </mark>,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
