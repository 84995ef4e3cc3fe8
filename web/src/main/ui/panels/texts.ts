/**
 * The panels' words, from the i18n bundle: JourneyMaps.Macro.panelTexts renders them as data
 * attributes of a hidden element inside the map region (the CSP allows no inline script).
 */
const KEYS = [
  "toolbar", "history", "historyTitle", "historyIntro", "historyVersion", "historyCurrent", "historyView",
  "historyChanges", "historyRestore", "historyClose", "historyEmpty", "compareTitle", "compareFrom", "compareTo",
  "compareShow", "versionTitle", "versionBack", "diffTitle", "diffCount", "diffNone", "diffAdded", "diffRemoved",
  "diffChanged", "diffMoved", "diffBefore", "restoreTitle", "restoreIntro", "restoreConfirm", "restoreDone", "cancel",
  "close", "loading", "failed", "import", "importTitle", "importIntro", "importFile", "importPreview", "importApply",
  "importNofile", "importAdded", "importUpdated", "importUnchanged", "importProblems", "importRow", "importDone",
  "exportCsv", "exportJson", "print", "templateStart", "templateTitle", "templateIntro", "templateStages",
  "templateCreate", "templateDone",
] as const;

export type PanelTexts = Record<(typeof KEYS)[number], string>;

/** The texts, or null when the region carries none (then no panel is offered). */
export function readPanelTexts(region: Element): PanelTexts | null {
  const holder = region.querySelector<HTMLElement>(":scope > [data-jm-panel-texts]");
  if (!holder) {
    return null;
  }
  const texts: Partial<PanelTexts> = {};
  for (const key of KEYS) {
    const value = holder.dataset[key];
    if (value === undefined) {
      return null;
    }
    texts[key] = value;
  }
  return texts as PanelTexts;
}

/** Fills {0}, {1}, … of a bundle text (rendered without arguments) with values, as plain text. */
export function format(pattern: string, ...values: (string | number)[]): string {
  return pattern.replace(/\{(\d)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
