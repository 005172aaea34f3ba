/**
 * Text from an assessment's Markdown form with its footnote marks (`[^3]`) shown as the note numbers
 * a reader sees in the document, not as markup.
 */
export function WithNoteMarks({ text }: { text: string }) {
  const parts = text.split(/\[\^(\d+)\]/);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <sup key={index} className="font-mono">
        <span className="sr-only">note </span>
        {part}
      </sup>
    ) : (
      part
    ),
  );
}
