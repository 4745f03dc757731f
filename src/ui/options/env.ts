import { browser } from 'wxt/browser';

// What the options page needs from the browser beyond storage, passed in so
// component tests can stand in for permission prompts and downloads.
export interface OptionsEnv {
  /** Must be called straight from a click handler: it shows the permission prompt. */
  requestOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<boolean>;
  hasOrigins(origins: string[]): Promise<boolean>;
  download(fileName: string, json: string): void;
  newId(): string;
}

export function browserOptionsEnv(doc: Document = document): OptionsEnv {
  return {
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    hasOrigins: async (origins) => {
      try {
        return await browser.permissions.contains({ origins });
      } catch {
        return false;
      }
    },
    download(fileName, json) {
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    newId: () => crypto.randomUUID(),
  };
}
