import { ShellFrame } from "@/components/shell/shell-frame";

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return <ShellFrame currentSlug={null}>{children}</ShellFrame>;
}
