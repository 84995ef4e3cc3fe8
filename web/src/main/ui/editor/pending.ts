import type { JourneyMapJson, FieldRef } from "./model";

/**
 * Changes not yet saved, kept in the browser's localStorage (one entry per page and map) from the
 * moment they are made until the server has them, so a failed save or a closed tab loses nothing.
 */
export interface PendingChange {
  baseVersion: number;
  map: JourneyMapJson;
  refs: FieldRef[];
}

export class PendingStore {
  private readonly key: string;

  constructor(pageId: string, mapId: string) {
    this.key = `journeymaps.pending.${pageId}.${mapId}`;
  }

  load(): PendingChange | null {
    try {
      const raw = window.localStorage.getItem(this.key);
      if (!raw) {
        return null;
      }
      const parsed = JSON.parse(raw) as PendingChange;
      return typeof parsed.baseVersion === "number" && parsed.map && Array.isArray(parsed.refs) ? parsed : null;
    } catch {
      return null;
    }
  }

  store(change: PendingChange): void {
    try {
      window.localStorage.setItem(this.key, JSON.stringify(change));
    } catch {
      // Storage full or disabled: the change still lives in this tab and is saved from there.
    }
  }

  clear(): void {
    try {
      window.localStorage.removeItem(this.key);
    } catch {
      // nothing stored
    }
  }
}
