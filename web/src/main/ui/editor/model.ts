import { findById } from "./ops";

/**
 * The map as the editor holds it: the JSON the REST API returns, edited one text field at a time.
 * A field is named by the kind of element that holds it, the element's stable id and the property.
 */
export type JsonObject = { [key: string]: unknown };
/** The map's objects by id (ops.ts indexById): for looking many ids up in one map without walking it each time. */
export type IdIndex = Map<string, JsonObject>;
export type JourneyMapJson = JsonObject & { id?: string; stages?: JsonObject[]; touchpoints?: JsonObject[] };

/** What an editable text belongs to: the map, a stage, a touchpoint, a lane (its label) or a lane item. */
export type ElementKind = "map" | "stage" | "touchpoint" | "lane" | "item";

export interface FieldRef {
  kind: ElementKind;
  /** The element's id; empty for the map itself. */
  id: string;
  field: string;
}

export function isElementKind(value: string | undefined): value is ElementKind {
  return value === "map" || value === "stage" || value === "touchpoint" || value === "lane" || value === "item";
}

export function refKey(ref: FieldRef): string {
  return `${ref.kind}/${ref.kind === "map" ? "" : ref.id}/${ref.field}`;
}

export function sameRef(a: FieldRef, b: FieldRef): boolean {
  return refKey(a) === refKey(b);
}

function holder(map: JourneyMapJson, ref: FieldRef): JsonObject | undefined {
  return findById(map, ref.kind === "map" ? "" : ref.id);
}

/**
 * The field's text, "" when absent; undefined when the element no longer exists. With `index` (from
 * indexById of the same map) the element is looked up there instead of by walking the map.
 */
export function getField(map: JourneyMapJson, ref: FieldRef, index?: IdIndex): string | undefined {
  const element = index && ref.kind !== "map" ? index.get(ref.id) : holder(map, ref);
  if (!element) {
    return undefined;
  }
  const value = element[ref.field];
  return typeof value === "string" ? value : "";
}

/** Sets the field; false when the element no longer exists. */
export function setField(map: JourneyMapJson, ref: FieldRef, value: string): boolean {
  const element = holder(map, ref);
  if (!element) {
    return false;
  }
  element[ref.field] = value;
  return true;
}

export function copyMap(map: JourneyMapJson): JourneyMapJson {
  return JSON.parse(JSON.stringify(map)) as JourneyMapJson;
}
