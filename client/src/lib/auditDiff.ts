export interface DiffRow {
  property: string;
  before: string;
  after: string;
  changed: boolean;
}

function parse(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { value: json };
  }
}

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** One row per property found in either snapshot, in first-seen order; `changed` marks differences. */
export function diffAudit(before: string | null | undefined, after: string | null | undefined): DiffRow[] {
  const b = parse(before);
  const a = parse(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((property) => {
    const bv = show(b[property]);
    const av = show(a[property]);
    const changed = !(property in b && property in a) || bv !== av;
    return { property, before: property in b ? bv : '', after: property in a ? av : '', changed };
  });
}
