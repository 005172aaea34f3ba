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
}

/** The team's sections, in the order analysts work through them. */
export const TEAM_NAV: readonly NavItem[] = [
  { label: "Overview", segment: "", icon: Home },
  { label: "Articles", segment: "articles", icon: Library },
  { label: "Claims", segment: "claims", icon: Quote },
  { label: "Sources", segment: "sources", icon: ShieldCheck },
  { label: "Assessments", segment: "assessments", icon: FileText },
  { label: "Inbox", segment: "inbox", icon: Inbox },
  { label: "Activity", segment: "activity", icon: Activity },
  { label: "Team", segment: "team", icon: Users },
];
