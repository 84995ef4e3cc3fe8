/**
 * The grid editor's words, from the i18n bundle: JourneyMaps.Grid.editorTexts renders them as
 * data-g-* attributes of a hidden element in the map region. Texts with {0}, {1}… get their
 * arguments here, always as plain text (they end up in textContent or attributes).
 */
export class GridTexts {
  constructor(private readonly holder: HTMLElement) {}

  static read(region: Element): GridTexts | null {
    const holder = region.querySelector<HTMLElement>("[data-jm-grid-texts]");
    return holder ? new GridTexts(holder) : null;
  }

  t(name: string, ...args: (string | number)[]): string {
    const text = this.holder.getAttribute(`data-g-${name}`) ?? "";
    return text.replace(/\{(\d)\}/g, (whole, index: string) => {
      const value = args[Number(index)];
      return value === undefined ? whole : String(value);
    });
  }
}
