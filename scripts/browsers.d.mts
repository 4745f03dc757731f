export declare function findChromium(): string | undefined;
export declare function findFirefox(): string | undefined;
export declare const HOW_TO_GET: { chromium: string; firefox: string };
