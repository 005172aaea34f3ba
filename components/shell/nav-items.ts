import {
  Activity,
  FileText,
  Home,
  Inbox,
  Library,
  Quote,
  ShieldCheck,
  Users,
  type LucideIcon,
} from "lucide-react";

export interface NavItem {
  label: string;
  /** Path under /t/<team>. */
  segment: string;
  icon: LucideIcon;
  /** What the section holds, as the Overview introduces it. */
  description: string;
}

/** The team's sections, in the order analysts work through them. */
export const TEAM_NAV: readonly NavItem[] = [
  { label: "Overview", segment: "", icon: Home, description: "The team at a glance." },
  {
    label: "Articles",
    segment: "articles",
    icon: Library,
    description: "The news coverage the team follows, kept as unchangeable snapshots.",
  },
  {
    label: "Claims",
    segment: "claims",
    icon: Quote,
    description: "What the articles assert, highlighted in place, tagged and rated 1–6.",
  },
  {
    label: "Sources",
    segment: "sources",
    icon: ShieldCheck,
    description: "Outlets and people, each with the team's A–F reliability rating.",
  },
  {
    label: "Assessments",
    segment: "assessments",
    icon: FileText,
    description: "Documents the team writes together, reviews and publishes.",
  },
  {
    label: "Inbox",
    segment: "inbox",
    icon: Inbox,
    description: "Mentions, replies, review requests and published work that need you.",
  },
  {
    label: "Activity",
    segment: "activity",
    icon: Activity,
    description: "Everything the team did, newest first, grouped by day.",
  },
  {
    label: "Team",
    segment: "team",
    icon: Users,
    description: "Who is in the team, their roles, and invitation links.",
  },
];
