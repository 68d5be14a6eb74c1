import type { FormInstance } from 'antd';

/**
 * Bringing a form's first bad field into view below the app's sticky header (antd's own `scrollToFirstError` leaves a field
 * under the header alone, as it is "in view"). Every form validates with `validateAndScroll`, or calls `scrollToFirstError`
 * after putting a server's field errors on the form (`form.setFields`).
 */

/** The headers that stay on top while the page scrolls (AppLayout's `.app-header`); a field goes below the lowest of them. */
export const STICKY_HEADER_SELECTOR = '.app-header';

/** Space left between the header and the field's label. */
export const SCROLL_GAP = 12;

/** How far the sticky headers reach down the viewport (px): what a field scrolled into view must clear. */
export function stickyHeaderBottom(doc: Document = document): number {
  let bottom = 0;
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(STICKY_HEADER_SELECTOR))) {
    const position = getComputedStyle(el).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const rect = el.getBoundingClientRect();
    if (rect.height > 0 && rect.top <= 1) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls the window so that `el` starts just below the sticky header, unless it is already wholly visible there.
 * Returns the scroll position aimed at, or null when no scroll was needed.
 */
export function scrollBelowHeader(el: Element, { smooth = true }: { smooth?: boolean } = {}): number | null {
  const header = stickyHeaderBottom(el.ownerDocument);
  const rect = el.getBoundingClientRect();
  const visible = rect.top >= header && rect.bottom <= window.innerHeight;
  if (visible) return null;
  const top = Math.max(0, window.scrollY + rect.top - header - SCROLL_GAP);
  window.scrollTo({ top, behavior: smooth && !reducedMotion() ? 'smooth' : 'auto' });
  return top;
}

/** The control antd renders for a field (its id is the name path joined by `_`, after the form's name if it has one). */
function fieldElement(name: (string | number)[], formName?: string): HTMLElement | null {
  const id = [...(formName ? [formName] : []), ...name].join('_');
  return document.getElementById(id);
}

const nextFrame = () => new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));

export interface ScrollToErrorOptions {
  /** Focus the field too (without a second scroll). Off on phones, where focusing an input opens the keyboard over the form. */
  focus?: boolean;
  smooth?: boolean;
  /** The `name` given to `<Form>`, if any (it prefixes the fields' ids). */
  formName?: string;
}

/**
 * Scrolls to the first field (in page order) that has an error, with its label, below the sticky header; focuses it if asked.
 * Waits a frame first, so errors just set are on the page. Returns that field's name path, or undefined when no field has one.
 */
export async function scrollToFirstError(form: FormInstance, options: ScrollToErrorOptions = {}): Promise<(string | number)[] | undefined> {
  await nextFrame();
  const bad = form
    .getFieldsError()
    .filter((f) => f.errors.length > 0)
    .map((f) => ({ name: f.name, el: fieldElement(f.name, options.formName) }))
    .filter((f): f is { name: (string | number)[]; el: HTMLElement } => f.el !== null);
  if (bad.length === 0) return undefined;
  bad.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = bad[0];
  scrollBelowHeader(first.el.closest('.ant-form-item') ?? first.el, { smooth: options.smooth });
  if (options.focus) first.el.focus({ preventScroll: true });
  return first.name;
}

/** `form.validateFields()` that, when some field is wrong, first brings the first wrong one into view (then rejects as antd does). */
export async function validateAndScroll<T>(form: FormInstance<T>, options: ScrollToErrorOptions = {}): Promise<T> {
  try {
    return await form.validateFields();
  } catch (e) {
    await scrollToFirstError(form, options);
    throw e;
  }
}
