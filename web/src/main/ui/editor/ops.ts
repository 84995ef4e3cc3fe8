import type { IdIndex, JourneyMapJson, JsonObject } from "./model";

/**
 * Changes to the map JSON as small, replayable operations. Every element of a journey map has an
 * id that is unique across the whole map, so an operation names the element it changes by id alone
 * ("" is the map itself) and a list by the element holding it plus the keys leading to it
 * (["stages"], ["painPoints"], ["cells", "st-1"]). An operation on an element that no longer exists
 * does nothing, so the user's unsaved operations can be replayed on top of a map the server merged.
 */
export type Op =
  /**
   * Sets (or, with value undefined, removes) one property of an element, or of an object below it
   * (`in`: the keys leading there, e.g. ["cells"] for one stage's cell of a lane).
   */
  | { t: "set"; id: string; key: string; value?: unknown; in?: string[] }
  /** Inserts an item into a list, after the item with id `after` (null: at the start). */
  | { t: "ins"; id: string; keys: string[]; item: JsonObject; after: string | null }
  /** Removes the item with id `item` from a list. */
  | { t: "del"; id: string; keys: string[]; item: string }
  /** Moves the item with id `item` within its list, after the item `after` (null: at the start). */
  | { t: "mov"; id: string; keys: string[]; item: string; after: string | null };

const MAX_DEPTH = 40;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object with this id anywhere in the map ("" is the map itself); depth-bounded. */
export function findById(map: JourneyMapJson, id: string): JsonObject | undefined {
  if (id === "") {
    return map;
  }
  const search = (node: unknown, depth: number): JsonObject | undefined => {
    if (depth > MAX_DEPTH) {
      return undefined;
    }
    if (Array.isArray(node)) {
      for (const child of node) {
        const found = search(child, depth + 1);
        if (found) {
          return found;
        }
      }
    } else if (isObject(node)) {
      if (node.id === id && depth > 0) {
        return node;
      }
      for (const value of Object.values(node)) {
        if (typeof value === "object" && value !== null) {
          const found = search(value, depth + 1);
          if (found) {
            return found;
          }
        }
      }
    }
    return undefined;
  };
  return search(map, 0);
}

/**
 * Every object with an id in the map, by id, in one depth-bounded walk: what {@link findById} finds
 * for each id (the first in document order), for code that looks up many ids in the same map at once
 * (decorating a rendering of hundreds of touchpoints would otherwise walk the whole map per element).
 */
export function indexById(map: JourneyMapJson): IdIndex {
  const index: IdIndex = new Map();
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (Array.isArray(node)) {
      for (const child of node) {
        walk(child, depth + 1);
      }
    } else if (isObject(node)) {
      if (depth > 0 && typeof node.id === "string" && !index.has(node.id)) {
        index.set(node.id, node);
      }
      for (const value of Object.values(node)) {
        if (typeof value === "object" && value !== null) {
          walk(value, depth + 1);
        }
      }
    }
  };
  walk(map, 0);
  return index;
}

/** The list at `keys` below the element, created on the way when `create` is set. */
export function listOf(map: JourneyMapJson, id: string, keys: string[], create = false): JsonObject[] | undefined {
  let node: unknown = findById(map, id);
  for (let i = 0; i < keys.length && node !== undefined; i++) {
    if (!isObject(node)) {
      return undefined;
    }
    const key = keys[i];
    if (node[key] === undefined && create) {
      node[key] = i === keys.length - 1 ? [] : {};
    }
    node = node[key];
  }
  return Array.isArray(node) ? (node as JsonObject[]) : undefined;
}

function indexAfter(list: JsonObject[], after: string | null): number {
  if (after === null) {
    return 0;
  }
  const index = list.findIndex((item) => item.id === after);
  return index < 0 ? list.length : index + 1;
}

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Applies the operation to the map in place. Returns the operation that undoes it, or null when it
 * changed nothing (its element is gone, or the value was already so).
 */
export function apply(map: JourneyMapJson, op: Op): Op | null {
  switch (op.t) {
    case "set": {
      let element: unknown = findById(map, op.id);
      for (const key of op.in ?? []) {
        element = isObject(element) ? element[key] : undefined;
      }
      if (!isObject(element)) {
        return null;
      }
      const before = element[op.key];
      if (JSON.stringify(before) === JSON.stringify(op.value)) {
        return null;
      }
      if (op.value === undefined) {
        delete element[op.key];
      } else {
        element[op.key] = copy(op.value);
      }
      return { t: "set", id: op.id, key: op.key, value: copy(before), in: op.in };
    }
    case "ins": {
      const list = listOf(map, op.id, op.keys, true);
      if (!list || typeof op.item.id !== "string" || findById(map, op.item.id)) {
        return null;
      }
      list.splice(indexAfter(list, op.after), 0, copy(op.item));
      return { t: "del", id: op.id, keys: op.keys, item: op.item.id };
    }
    case "del": {
      const list = listOf(map, op.id, op.keys);
      const index = list ? list.findIndex((item) => item.id === op.item) : -1;
      if (!list || index < 0) {
        return null;
      }
      const [removed] = list.splice(index, 1);
      const after = index > 0 ? String(list[index - 1].id) : null;
      return { t: "ins", id: op.id, keys: op.keys, item: removed, after };
    }
    case "mov": {
      const list = listOf(map, op.id, op.keys);
      const index = list ? list.findIndex((item) => item.id === op.item) : -1;
      if (!list || index < 0 || op.after === op.item) {
        return null;
      }
      const was = index > 0 ? String(list[index - 1].id) : null;
      if (was === op.after) {
        return null;
      }
      const [moved] = list.splice(index, 1);
      list.splice(indexAfter(list, op.after), 0, moved);
      return { t: "mov", id: op.id, keys: op.keys, item: op.item, after: was };
    }
  }
}

/** Applies the operations in order; returns the undo operations (in the order to apply them). */
export function applyAll(map: JourneyMapJson, ops: Op[]): Op[] {
  const undo: Op[] = [];
  for (const op of ops) {
    const inverse = apply(map, op);
    if (inverse) {
      undo.unshift(inverse);
    }
  }
  return undo;
}

/** A new id in the house style: a kind prefix and eight random hex digits (st-0c41e9a2). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
