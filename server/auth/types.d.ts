import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The `user_sessions` row this cookie stands for; without a live row the cookie counts for nothing. */
    sid?: string;
  }
}
