/**
 * Screen-reader names in the UI language for what antd draws with English ones, applied to the whole document:
 *
 * - an antd icon (`<span role="img" aria-label="lock">`) is decoration: it gets `aria-hidden`, so "lock" or "left" is
 *   never read out; when it is the only content of a button or link without a name, that control is named instead,
 *   by the nearest `title` (the pager's 上一页 / 下一页 / 向前 5 页) or by the icon's meaning (`a11y.icon.*`);
 * - antd Segmented's fixed "segmented control" and a dialog's "Close" become `a11y.segmented` / `a11y.close`;
 * - a required Select's root `div` loses the `aria-required` antd's Form.Item gives it (a div without a role may not carry
 *   it); the combobox inside keeps its own copy, which is the one a screen reader reads.
 *
 * Pages still give their own icon-only buttons an `aria-label` (it wins); this covers antd's internals and forgotten ones.
 * Installed once by AppProviders; `nameAccessibly` is the pure step, run on every added subtree.
 */
type Translate = (key: string, options?: { defaultValue?: string }) => string;

const SET = 'data-a11y-name'; // marks a name set here, so a language switch can redo it
const CONTROL = 'button, a, [role="button"], [role="tab"], [role="menuitem"], [role="switch"]';

/** Sets an attribute only when it changes, so an observer of the document is not woken by its own writes. */
function set(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function hasOwnName(el: Element): boolean {
  if (el.hasAttribute(SET)) return false;
  if (el.getAttribute('aria-label')?.trim() || el.getAttribute('aria-labelledby') || el.getAttribute('title')?.trim()) return true;
  // text other than the icons' own (icons are spans with role="img")
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.anticon, [aria-hidden="true"]').forEach((n) => n.remove());
  return !!clone.textContent?.replace(/[•…·.\s]/g, '');
}

function nameIconOnlyControl(icon: Element, t: Translate) {
  const control = icon.parentElement?.closest(CONTROL);
  if (!control || hasOwnName(control)) return;
  const titled = control.parentElement?.matches('li[title]') ? control.parentElement : null; // the pager's items
  const iconName = icon.getAttribute(SET) ?? icon.getAttribute('aria-label') ?? '';
  const name = titled?.getAttribute('title')?.trim() || (iconName ? t(`a11y.icon.${iconName}`, { defaultValue: '' }) : '');
  if (name) {
    set(control, 'aria-label', name);
    set(control, SET, iconName && !titled ? `icon:${iconName}` : 'title');
  }
}

export function nameAccessibly(root: ParentNode, t: Translate): void {
  const all = (selector: string) => [...(root instanceof Element && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];

  for (const icon of all('.anticon[role="img"]')) {
    const iconName = icon.getAttribute('aria-label');
    if (iconName) set(icon, SET, iconName); // remembered for the control's name on a language switch
    nameIconOnlyControl(icon, t);
    set(icon, 'aria-hidden', 'true');
  }
  for (const el of all(`[${SET}^="icon:"]`)) {
    const name = t(`a11y.icon.${el.getAttribute(SET)!.slice(5)}`, { defaultValue: '' });
    if (name) set(el, 'aria-label', name);
  }
  for (const el of all('[aria-label="segmented control"], [data-a11y-name="segmented"]')) {
    set(el, 'aria-label', t('a11y.segmented'));
    set(el, SET, 'segmented');
  }
  // the range picker's arrow between its dates carries aria-label="to", which a plain span may not have
  for (const el of all('.ant-picker-separator[aria-label]')) {
    el.removeAttribute('aria-label');
    set(el, 'aria-hidden', 'true');
  }
  for (const el of all('.ant-select[aria-required]')) el.removeAttribute('aria-required');
  for (const el of all('button[aria-label="Close"], button[data-a11y-name="close"]')) {
    set(el, 'aria-label', t('a11y.close'));
    set(el, SET, 'close');
  }
}

/** Names what is in the document now and whatever is added later; returns the stop function. */
export function installAccessibleNames(t: Translate, doc: Document = document): () => void {
  nameAccessibly(doc.body, t);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof Element && r.target.matches('.ant-select[aria-required]')) r.target.removeAttribute('aria-required');
        continue;
      }
      for (const node of r.addedNodes) if (node instanceof Element) nameAccessibly(node, t);
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-required'] });
  return () => observer.disconnect();
}
