/**
 * Where the page being viewed lives, for REST calls: its id and the REST base path. The standalone
 * server marks the page's article with data-page-id; Confluence provides meta tags (ajs-page-id,
 * ajs-context-path).
 */
export interface PageContext {
  pageId: string;
  restBase: string;
}

export function pageContext(doc: Document): PageContext | null {
  const article = doc.querySelector<HTMLElement>("article[data-page-id]");
  const meta = (name: string): string | null =>
    doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
  const pageId = article?.dataset.pageId ?? meta("ajs-page-id");
  if (!pageId) {
    return null;
  }
  const contextPath = meta("ajs-context-path") ?? "";
  return { pageId, restBase: `${contextPath}/rest/journeymaps/1.0` };
}
