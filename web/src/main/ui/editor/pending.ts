import type { JourneyMapJson, FieldRef } from "./model";
import type { Op } from "./ops";
import { findById } from "./ops";

/**
 * Changes not yet saved, kept in the browser's localStorage (one entry per page and map) from the
 * moment they are made until the server has them, so a failed save or a closed tab loses nothing:
 * the map as the user sees it, the page version it started from and the user's operations since.
 */
export interface PendingChange {
  baseVersion: number;
  map: JourneyMapJson;
  ops: Op[];
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
      const parsed = JSON.parse(raw) as PendingChange & { refs?: FieldRef[] };
      if (typeof parsed.baseVersion !== "number" || !parsed.map) {
        return null;
      }
      if (!Array.isArray(parsed.ops) && Array.isArray(parsed.refs)) {
        // Written by the first editor, which kept changed text fields rather than operations.
        parsed.ops = parsed.refs.map((ref) => {
          const id = ref.kind === "map" ? "" : ref.id;
          return { t: "set", id, key: ref.field, value: findById(parsed.map, id)?.[ref.field] } as Op;
        });
      }
      return Array.isArray(parsed.ops) ? parsed : null;
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
