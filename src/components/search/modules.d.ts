// Types for what the search imports without types of its own.

declare module '@pagefind/default-ui' {
  export interface PagefindUIOptions {
    element: string | HTMLElement;
    bundlePath?: string;
    baseUrl?: string;
    showImages?: boolean;
    showSubResults?: boolean;
    translations?: Record<string, string>;
    [option: string]: unknown;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}

/** Starlight's `pagefind` settings (ranking), as its own Search.astro reads them. */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
