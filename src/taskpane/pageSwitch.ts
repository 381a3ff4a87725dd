// Lets the ribbon commands ("Mappe prüfen", "Übersicht") switch the pane's page, also before React has
// mounted: the last request is kept and becomes the first page.
export type Page = "setup" | "check" | "overview" | "settings";

export const PAGES: readonly Page[] = ["setup", "check", "overview", "settings"];

export class PageSwitch {
  private listeners = new Set<(page: Page) => void>();
  private requested: Page | undefined;

  show(page: Page): void {
    this.requested = page;
    this.listeners.forEach((l) => l(page));
  }

  /** The page last asked for by a command, if any. */
  get lastRequested(): Page | undefined {
    return this.requested;
  }

  subscribe(listener: (page: Page) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
