/** Types for find-chromium.mjs (plain JavaScript, so `npm test` runs it without a compiler). */
export declare const NO_BROWSER: string;
export declare function findChromium(options?: {
  install?: boolean;
  log?: (line: string) => void;
}): Promise<{ path: string; source: string; error?: undefined } | { error: string; path?: undefined }>;
export declare function chromiumPath(): Promise<string>;
