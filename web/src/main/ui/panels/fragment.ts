/**
 * A past version of the map as the server rendered it (trusted Soy output, parsed with DOMParser,
 * which runs no script), made read-only: the editing hooks and hidden texts go, the region is no
 * longer an interactive map for other scripts, and every id (and every reference to one) gets a
 * prefix so it cannot clash with the live map on the same page.
 */
const REFERENCES = ["aria-labelledby", "aria-describedby", "aria-controls", "for", "headers"];

export function readOnlyFragment(html: string, prefix: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html").body;
  parsed.querySelectorAll("[data-jm-editor-texts], [data-jm-panel-texts], [data-jm-comment-count], [data-jm-action]")
    .forEach((node) => node.remove());
  parsed.querySelectorAll<HTMLElement>("section.jm-map").forEach((section) => {
    section.classList.remove("jm-map--interactive");
    section.classList.add("jm-map--version");
    delete section.dataset.jmMapId;
  });
  parsed.querySelectorAll<HTMLElement>("[data-jm-edit]").forEach((node) => {
    delete node.dataset.jmEdit;
    delete node.dataset.jmId;
    delete node.dataset.jmField;
  });
  parsed.querySelectorAll<HTMLElement>("[id]").forEach((node) => {
    node.id = prefix + node.id;
  });
  for (const name of REFERENCES) {
    parsed.querySelectorAll(`[${name}]`).forEach((node) => {
      const value = node.getAttribute(name) ?? "";
      node.setAttribute(name, value.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(" "));
    });
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(parsed.childNodes, (node) => document.importNode(node, true)));
  return fragment;
}
