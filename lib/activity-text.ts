/**
 * The activity feed's words: each recorded verb ("claim.rated") as the rest of a sentence that starts
 * with the actor's name ("rated a claim 2 (probably true): “…”"), and where the entry leads. Pure, so
 * the wording is tested without a browser; scale labels come from lib/scales.ts, not from here.
 */
import { CLAIM_STATUS_INFO, LINK_KIND_INFO, type ClaimStatus, type LinkKind } from "./claims";
import { CREDIBILITY, RELIABILITY, type CredibilityLevel, type ReliabilityGrade } from "./scales";

/** One feed entry as activity.list returns it (only the fields the words need). */
export interface ActivityEntryFacts {
  verb: string;
  subjectType: string;
  subjectId: string;
  /** A title, name or claim statement recorded with the entry. */
  name: string | null;
  /** A grade, level, link kind, status or version number recorded with the entry. */
  detail: string | null;
  claimId: string | null;
  articleId: string | null;
  /** The assessment a comment was made on. */
  assessmentId: string | null;
}

export type ActivityTarget =
  | { kind: "claim"; id: string }
  | { kind: "article"; id: string }
  | { kind: "source"; id: string }
  | { kind: "assessment"; id: string }
  | { kind: "tag"; id: string };

export interface ActivityText {
  /** The sentence after the actor's name, e.g. "attached “Talks in Istanbul”". */
  sentence: string;
  /** Where the entry leads, when that still exists; null when there is nothing to open. */
  target: ActivityTarget | null;
}

/** Long statements are cut so one entry stays one or two lines. */
const QUOTE_LENGTH = 120;

/** Text in curly quotes, shortened at a word boundary with an ellipsis when long. */
export function quoted(text: string, max = QUOTE_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return `“${clean}”`;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `“${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…”`;
}

function isLevel(value: string | null): value is CredibilityLevel {
  return value !== null && value in CREDIBILITY;
}

function isGrade(value: string | null): value is ReliabilityGrade {
  return value !== null && value in RELIABILITY;
}

function claimNoun(count: number): string {
  return count === 1 ? "a claim" : `${count} claims`;
}

function withQuote(sentence: string, name: string | null, count: number): string {
  return name && count === 1 ? `${sentence}: ${quoted(name)}` : sentence;
}

/** "assessment" → "an assessment", "source" → "a source". */
function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The words for a verb nobody taught this module: "key_judgment.added" → "added a key judgment". */
function fallback(entry: ActivityEntryFacts, noun: string, action: string): string {
  const did = action.replace(/_/g, " ");
  const what = noun.replace(/_/g, " ");
  return entry.name ? `${did} the ${what} ${quoted(entry.name)}` : `${did} ${withArticle(what)}`;
}

function claimSentence(entry: ActivityEntryFacts, action: string, count: number): string | null {
  const { name, detail } = entry;
  switch (action) {
    case "created":
      return withQuote(`tagged ${claimNoun(count)}`, name, count);
    case "updated": {
      const status = detail && detail in CLAIM_STATUS_INFO ? CLAIM_STATUS_INFO[detail as ClaimStatus] : null;
      const edited = `edited ${claimNoun(count)}${status ? ` (status: ${status.label.toLowerCase()})` : ""}`;
      return withQuote(edited, name, count);
    }
    case "deleted":
      return withQuote(`deleted ${claimNoun(count)}`, name, count);
    case "rated":
      return withQuote(
        isLevel(detail)
          ? `rated ${claimNoun(count)} ${detail} (${CREDIBILITY[detail].label.toLowerCase()})`
          : `rated ${claimNoun(count)}`,
        name,
        count,
      );
    case "tagged":
      return `changed the tags of ${claimNoun(count)}`;
    case "linked":
    case "unlinked": {
      const kind = detail && detail in LINK_KIND_INFO ? ` (${detail as LinkKind})` : "";
      return `${action} claims${kind}`;
    }
    default:
      return null;
  }
}

const COMMENT_WORDS: Record<string, string> = {
  created: "commented",
  replied: "replied to a comment",
  edited: "edited a comment",
  deleted: "deleted a comment",
  resolved: "resolved a thread",
  reopened: "reopened a thread",
};

const PEOPLE_WORDS: Record<string, string> = {
  "member.joined": "joined the team",
  "member.left": "left the team",
  "member.removed": "removed a member from the team",
  "member.updated": "changed a member's role",
  "member.role_changed": "changed a member's role",
  "team.created": "created the team",
  "team.updated": "changed the team's settings",
  "invitation.created": "invited someone to the team",
  "invitation.revoked": "revoked an invitation",
  "invitation.accepted": "joined the team",
};

function assessmentSentence(entry: ActivityEntryFacts, action: string): string | null {
  const title = entry.name ? quoted(entry.name) : null;
  const it = title ?? "an assessment";
  switch (action) {
    case "created":
      return title ? `started the assessment ${title}` : "started an assessment";
    case "renamed":
      return title ? `renamed an assessment to ${title}` : "renamed an assessment";
    case "review_requested":
      return `asked for a review of ${it}`;
    case "review_withdrawn":
      return `withdrew ${it} from review`;
    case "approved":
      return `approved ${it}`;
    case "changes_requested":
      return `asked for changes to ${it}`;
    case "published":
      return entry.detail && title ? `published version ${entry.detail} of ${title}` : `published ${it}`;
    default:
      return null;
  }
}

function commentPlace(entry: ActivityEntryFacts): string {
  if (entry.claimId) return " on a claim";
  if (entry.assessmentId) return " on an assessment";
  if (entry.articleId) return " on an article";
  return "";
}

function sentenceFor(entry: ActivityEntryFacts, count: number): string {
  const [noun = "", action = ""] = entry.verb.split(".", 2);
  const name = entry.name;
  const people = PEOPLE_WORDS[entry.verb];
  if (people) return people;
  if (noun === "claim") return claimSentence(entry, action, count) ?? fallback(entry, noun, action);
  if (noun === "assessment") return assessmentSentence(entry, action) ?? fallback(entry, noun, action);
  if (noun === "comment") {
    const words = COMMENT_WORDS[action];
    if (!words) return fallback(entry, noun, action);
    return action === "created" ? `${words}${commentPlace(entry)}` : words;
  }
  const title = name ? quoted(name) : null;
  switch (entry.verb) {
    case "article.attached":
      return title ? `attached ${title}` : "attached an article";
    case "article.updated":
      return title ? `edited the details of ${title}` : "edited the details of an article";
    case "article.deleted":
      return title ? `moved ${title} to the trash` : "moved an article to the trash";
    case "article.restored":
      return title ? `restored ${title} from the trash` : "restored an article from the trash";
    case "source.created":
      return name ? `added the source ${name}` : "added a source";
    case "source.updated":
      return name ? `edited the source ${name}` : "edited a source";
    case "source.merged":
      return name ? `merged a duplicate into ${name}` : "merged a duplicate source";
    case "source.rated": {
      const who = name ?? "a source";
      return isGrade(entry.detail)
        ? `rated ${who} ${entry.detail} (${RELIABILITY[entry.detail].label.toLowerCase()})`
        : `rated ${who}`;
    }
    case "tag.created":
      return title ? `created the tag ${title}` : "created a tag";
    case "tag.updated":
      return title ? `edited the tag ${title}` : "edited a tag";
    case "tag.merged":
      return title ? `merged a tag into ${title}` : "merged two tags";
    case "tag.deleted":
      return title ? `deleted the tag ${title}` : "deleted a tag";
    default:
      return fallback(entry, noun || "item", action || "changed");
  }
}

function targetFor(entry: ActivityEntryFacts): ActivityTarget | null {
  const [noun = "", action = ""] = entry.verb.split(".", 2);
  const isGone = action === "deleted";
  switch (entry.subjectType) {
    case "claim":
      if (!isGone) return { kind: "claim", id: entry.subjectId };
      return entry.articleId ? { kind: "article", id: entry.articleId } : null;
    case "article":
      // A trashed article still opens (from the trash), so its link stays.
      return { kind: "article", id: entry.subjectId };
    case "source":
      return { kind: "source", id: entry.subjectId };
    case "tag":
      return isGone ? null : { kind: "tag", id: entry.subjectId };
    case "assessment":
      return isGone ? null : { kind: "assessment", id: entry.subjectId };
    default:
      if (noun === "member" || noun === "team" || noun === "invitation") return null;
      if (entry.claimId) return { kind: "claim", id: entry.claimId };
      if (entry.assessmentId) return { kind: "assessment", id: entry.assessmentId };
      if (entry.articleId) return { kind: "article", id: entry.articleId };
      return null;
  }
}

/**
 * The sentence and the link for one entry. `count` is how many like entries it stands for (a bulk
 * tagging of 40 claims is recorded 40 times but reads once: "changed the tags of 40 claims").
 */
export function describeActivity(entry: ActivityEntryFacts, count = 1): ActivityText {
  return { sentence: sentenceFor(entry, count), target: targetFor(entry) };
}

/** Where a target lives in the app. A tag leads to the claims that carry it. */
export function activityHref(teamSlug: string, target: ActivityTarget): string {
  switch (target.kind) {
    case "claim":
      return `/t/${teamSlug}/claims/${target.id}`;
    case "article":
      return `/t/${teamSlug}/articles/${target.id}`;
    case "source":
      return `/t/${teamSlug}/sources/${target.id}`;
    case "assessment":
      return `/t/${teamSlug}/assessments/${target.id}`;
    case "tag":
      return `/t/${teamSlug}/claims?tag=${target.id}`;
  }
}

/** One entry of the feed, possibly standing for a burst of identical ones. */
export interface GroupedActivity<T> {
  entry: T;
  count: number;
}

/**
 * Entries one action wrote together (same actor, same verb, same instant: one transaction) become one
 * line, so bulk tagging does not flood the feed and a link between two claims reads once.
 */
export function groupActivity<T extends { verb: string; actorName: string; createdAt: Date }>(
  entries: readonly T[],
): GroupedActivity<T>[] {
  const groups: GroupedActivity<T>[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (
      last &&
      last.entry.verb === entry.verb &&
      last.entry.actorName === entry.actorName &&
      last.entry.createdAt.getTime() === entry.createdAt.getTime()
    ) {
      last.count += 1;
    } else {
      groups.push({ entry, count: 1 });
    }
  }
  return groups;
}

// Put together by hand: engines differ on the comma after the weekday.
const weekdayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/** The reader's local calendar day of a moment, as "2025-02-27": the key the feed groups by. */
export function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** A day's heading: "Today", "Yesterday", else "Thursday 27 February 2025" (in the reader's time zone). */
export function dayLabel(date: Date, now: Date): string {
  const key = dayKey(date);
  if (key === dayKey(now)) return "Today";
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
  if (key === dayKey(yesterday)) return "Yesterday";
  return `${weekdayFormat.format(date)} ${date.getDate()} ${monthFormat.format(date)} ${date.getFullYear()}`;
}

/** "14:05": an entry's time of day, beside its day's heading. */
export function timeLabel(date: Date): string {
  return timeFormat.format(date);
}
