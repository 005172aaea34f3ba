import Link from "next/link";

import { Logo } from "@/components/shell/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-10">
      <Link href="/" className="rounded-md">
        <Logo className="text-lg" />
      </Link>
      <main className="w-full max-w-sm">{children}</main>
      <p className="text-muted max-w-sm text-center text-xs">
        Attach articles, tag the claims in them, score your sources and write assessments with your team.
      </p>
    </div>
  );
}
