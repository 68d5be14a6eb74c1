/**
 * Normalises whatever a generated client threw into one ProblemDetails-like shape:
 * a typed ProblemDetails object (documented error responses) or an ApiException (others).
 */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  code?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
}

export function toProblem(error: unknown): Problem {
  if (error === null || error === undefined) return {};
  if (typeof error !== 'object') return { detail: String(error) };
  const e = error as Record<string, unknown>;

  // ApiException: status + raw response text, maybe a parsed result
  if (e.isApiException === true || (typeof e.response === 'string' && typeof e.status === 'number')) {
    const fromResult = e.result && typeof e.result === 'object' ? toProblem(e.result) : undefined;
    let fromText: Problem = {};
    if (typeof e.response === 'string' && e.response.trim().startsWith('{')) {
      try {
        fromText = toProblem(JSON.parse(e.response));
      } catch {
        /* not JSON */
      }
    }
    return { ...fromText, ...fromResult, status: e.status as number };
  }

  if ('status' in e || 'title' in e || 'detail' in e || 'errors' in e || 'code' in e) {
    return {
      status: typeof e.status === 'number' ? e.status : undefined,
      title: typeof e.title === 'string' ? e.title : undefined,
      detail: typeof e.detail === 'string' ? e.detail : undefined,
      code: typeof e.code === 'string' ? e.code : undefined,
      traceId: typeof e.traceId === 'string' ? e.traceId : undefined,
      errors: e.errors && typeof e.errors === 'object' ? (e.errors as Record<string, string[]>) : undefined,
    };
  }
  if (error instanceof Error) return { detail: error.message };
  return {};
}

/** A 409 caused by someone else saving first (as opposed to a broken business rule). */
export function isConcurrencyConflict(p: Problem): boolean {
  return p.status === 409 && (!p.code || p.code.startsWith('concurrency'));
}
