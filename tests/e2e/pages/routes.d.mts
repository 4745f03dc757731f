export declare const DIST_DIR: string;
export declare const PAGES: readonly string[];
export declare const FRAMES: readonly string[];
export declare const ORIGIN: 'https://www.upwork.com';
export declare const ASSET_PREFIX: '/__standin/';
/** `https://www.upwork.com/ab/messages/rooms/room_${name}` */
export declare function pageUrl(name: string): string;
/** `https://www.upwork.com/ab/messages/frames/${name}` */
export declare function frameUrl(name: string): string;
export interface StandinResponse {
  status: number;
  contentType: string;
  body: Buffer;
}
export declare function resolveRoute(url: string | URL): StandinResponse;
