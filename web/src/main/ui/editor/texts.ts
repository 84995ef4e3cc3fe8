/**
 * The editor's words, from the i18n bundle: JourneyMaps.Map.editorTexts renders them as data
 * attributes of a hidden element inside the map region (the CSP allows no inline script).
 */
export interface EditorTexts {
  saving: string;
  saved: string;
  failed: string;
  pending: string;
  retry: string;
  editHint: string;
  editing: string;
  cancelled: string;
  undone: string;
  redone: string;
  restored: string;
  merged: string;
  conflictTitle: string;
  conflictIntro: string;
  conflictField: string;
  conflictYours: string;
  conflictTheirs: string;
  conflictKeepYours: string;
  conflictKeepTheirs: string;
  conflictApply: string;
  conflictDiscard: string;
  conflictEmpty: string;
  fieldTitle: string;
  fieldObjective: string;
  fieldName: string;
  fieldGoal: string;
}

const KEYS: (keyof EditorTexts)[] = [
  "saving", "saved", "failed", "pending", "retry", "editHint", "editing", "cancelled", "undone", "redone",
  "restored", "merged", "conflictTitle", "conflictIntro", "conflictField", "conflictYours", "conflictTheirs",
  "conflictKeepYours", "conflictKeepTheirs", "conflictApply", "conflictDiscard", "conflictEmpty",
  "fieldTitle", "fieldObjective", "fieldName", "fieldGoal",
];

/** The texts, or null when the region carries none (then the editor stays off). */
export function readTexts(region: Element): EditorTexts | null {
  const holder = region.querySelector<HTMLElement>("[data-jm-editor-texts]");
  if (!holder) {
    return null;
  }
  const texts: Partial<EditorTexts> = {};
  for (const key of KEYS) {
    const value = holder.dataset[key];
    if (value === undefined) {
      return null;
    }
    texts[key] = value;
  }
  return texts as EditorTexts;
}

export function fieldLabel(texts: EditorTexts, field: string): string {
  switch (field) {
    case "title":
      return texts.fieldTitle;
    case "objective":
      return texts.fieldObjective;
    case "goal":
      return texts.fieldGoal;
    default:
      return texts.fieldName;
  }
}
