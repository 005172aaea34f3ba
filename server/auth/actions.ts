"use server";

import { AuthError } from "next-auth";

import { formText } from "@/lib/form-data";
import { describeSignInFailure } from "@/lib/format";
import { safeReturnPath } from "@/lib/safe-path";

import { signIn, signOut } from "./config";

export interface SignInState {
  error: string | null;
  /** What the person typed, so a failed attempt does not empty the form. */
  email: string;
}

/** The sign-in form's action: next-auth checks the credentials (and the throttle) in `authorize`. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = formText(formData, "email").slice(0, 254);
  const password = formText(formData, "password");
  if (!email.trim() || !password) {
    return { error: !email.trim() ? "Enter your email." : "Enter your password.", email };
  }
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
      return { error: describeSignInFailure(error.type === "CredentialsSignin" ? code : undefined), email };
    }
    // signIn ends with a redirect, which Next implements as a thrown error: let it through.
    throw error;
  }
  return { error: null, email };
}

/** Sign out and go to the sign-in page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/** Start the OIDC sign-in (only offered when it is configured). */
export async function oidcSignInAction(formData: FormData): Promise<void> {
  await signIn("oidc", { redirectTo: safeReturnPath(formData.get("callbackUrl")) });
}
