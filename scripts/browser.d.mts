/** Types of scripts/browser.mjs (plain JavaScript so that node runs it before anything is built). */
export declare const systemChromiumCandidates: string[];
export declare function findSystemChromium(): string | null;
export declare function findPlaywrightChromium(): Promise<string | null>;
