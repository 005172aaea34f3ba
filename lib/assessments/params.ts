/** A version number from a URL segment or query value; null when it is not a positive integer. */
export function parseVersionNumber(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^[1-9][0-9]{0,5}$/.test(text)) return null;
  return Number(text);
}
