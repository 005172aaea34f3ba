/** The optional OIDC provider, switched on when all three of its variables are set. */
export function oidcSettings() {
  const issuer = process.env.AUTH_OIDC_ISSUER;
  const clientId = process.env.AUTH_OIDC_ID;
  const clientSecret = process.env.AUTH_OIDC_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: process.env.AUTH_OIDC_NAME || "Single sign-on" };
}
