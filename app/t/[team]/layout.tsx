import { ShellFrame } from "@/components/shell/shell-frame";

export default async function TeamLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ team: string }>;
}) {
  const { team } = await params;
  return <ShellFrame currentSlug={team}>{children}</ShellFrame>;
}
