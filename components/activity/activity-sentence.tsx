import Link from "next/link";

import { activityHref, describeActivity, type ActivityEntryFacts } from "@/lib/activity-text";

/**
 * "Eli Novak published version 2 of “Four tracks”", with the words linked to what the entry
 * concerns when it still exists. The Activity page and the Overview both write entries with this.
 */
export function ActivitySentence({
  teamSlug,
  entry,
  count = 1,
}: {
  teamSlug: string;
  entry: ActivityEntryFacts & { actorName: string };
  /** How many like entries this one stands for (see groupActivity). */
  count?: number;
}) {
  const { sentence, target } = describeActivity(entry, count);
  return (
    <>
      <strong className="font-medium">{entry.actorName}</strong>{" "}
      {target ? (
        <Link
          href={activityHref(teamSlug, target)}
          className="decoration-border-strong hover:text-primary underline underline-offset-2 hover:decoration-current"
        >
          {sentence}
        </Link>
      ) : (
        sentence
      )}
    </>
  );
}
