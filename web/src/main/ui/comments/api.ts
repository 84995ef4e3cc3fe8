/** The comments REST API (`…/pages/{pageId}/maps/{mapId}/comments`) as the panel uses it. */
export interface CommentJson {
  id: number;
  itemId: string;
  parentId: number | null;
  author: string;
  created: string;
  updated: string;
  edited: boolean;
  text: string;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  canEdit: boolean;
  canDelete: boolean;
  canResolve: boolean;
  replies?: CommentJson[];
}

export interface ThreadsJson {
  canComment: boolean;
  threads: CommentJson[];
  openCounts: Record<string, number>;
}

/** A refusal the server explained: its sentence and, for the first detail, the sentence naming the field. */
export class CommentError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class CommentsApi {
  constructor(
    private readonly restBase: string,
    private readonly pageId: string,
    private readonly mapId: string,
  ) {}

  private url(suffix = ""): string {
    return `${this.restBase}/pages/${encodeURIComponent(this.pageId)}/maps/${encodeURIComponent(this.mapId)}/comments${suffix}`;
  }

  async threads(itemId: string): Promise<ThreadsJson> {
    return (await this.call("GET", `?item=${encodeURIComponent(itemId)}`)) as ThreadsJson;
  }

  async counts(): Promise<Record<string, number>> {
    const body = (await this.call("GET", "/counts")) as { openCounts: Record<string, number> };
    return body.openCounts;
  }

  async add(itemId: string, text: string, parentId?: number): Promise<CommentJson> {
    return (await this.call("POST", "", { itemId, text, parentId: parentId ?? null })) as CommentJson;
  }

  async edit(id: number, text: string): Promise<CommentJson> {
    return (await this.call("PUT", `/${id}`, { text })) as CommentJson;
  }

  async remove(id: number): Promise<void> {
    await this.call("DELETE", `/${id}`);
  }

  async setResolved(id: number, resolved: boolean): Promise<CommentJson> {
    return (await this.call("POST", `/${id}/${resolved ? "resolve" : "reopen"}`)) as CommentJson;
  }

  private async call(method: string, suffix: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (method !== "GET") {
      headers["X-Atlassian-Token"] = "no-check";
    }
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(this.url(suffix), {
      method,
      credentials: "same-origin",
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) {
      return null;
    }
    let json: Record<string, unknown> = {};
    try {
      json = (await response.json()) as Record<string, unknown>;
    } catch {
      throw new CommentError(response.status, `HTTP ${response.status}`);
    }
    if (!response.ok) {
      const details = Array.isArray(json.details) ? (json.details as { message?: string }[]) : [];
      const detail = details.length > 0 && typeof details[0].message === "string" ? ` ${details[0].message}` : "";
      const message = typeof json.message === "string" ? json.message : `HTTP ${response.status}`;
      throw new CommentError(response.status, message + detail);
    }
    return json;
  }
}
