import type { Page } from 'playwright-core';

/**
 * Reflow checks (WCAG 2.2 1.4.4 resize text, 1.4.10 reflow) for any page: what a user at a large text size or in
 * a small or zoomed window meets. Browser zoom divides the window's CSS pixels by the zoom factor, so 200 % zoom
 * of a 420 × 600 window lays out exactly as a 210 × 300 viewport; large system text is a larger root font.
 */

export interface LayoutView {
  name: string;
  width: number;
  height: number;
  /** Root font size as a share of the default 16 px. */
  text: number;
}

export function layoutViews(window: { width: number; height: number }): LayoutView[] {
  const { width, height } = window;
  return [
    { name: '100 %', width, height, text: 1 },
    { name: '150 % text', width, height, text: 1.5 },
    { name: '200 % text', width, height, text: 2 },
    { name: '150 % zoom', width: Math.round(width / 1.5), height: Math.round(height / 1.5), text: 1 },
    { name: '200 % zoom', width: Math.round(width / 2), height: Math.round(height / 2), text: 1 },
    { name: '320 px wide', width: 320, height, text: 1 },
  ];
}

export async function showAs(page: Page, view: LayoutView): Promise<void> {
  await page.setViewportSize({ width: view.width, height: view.height });
  await page.evaluate((text) => {
    document.documentElement.style.fontSize = text === 1 ? '' : `${16 * text}px`;
    window.scrollTo(0, 0);
  }, view.text);
  // Layout is read synchronously by the checks; no frame is waited for, as pages under a held clock get none.
}

/**
 * Everything wrong with the screen as laid out now, in words; empty when it reflows. Checked: no sideways scroll;
 * nothing sticking out of the window or out of its own box (a label too wide for its button); no scroll box but
 * the page; no two pieces of text or controls on top of each other; the countdown's and rep counter's words inside
 * their circles; and every control and line of text, scrolled to, in view and not under anything (a sticky bar).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.scrollingElement!;
    const vw = doc.clientWidth;
    const vh = doc.clientHeight;
    window.scrollTo(0, 0);
    if (doc.scrollWidth > vw + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} px in ${vw} px)`);

    const describe = (el: Element) => {
      const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${cls} “${words}”`;
    };
    const shown = (el: Element) =>
      el.getClientRects().length > 0 &&
      el.getBoundingClientRect().height > 0 &&
      !el.closest('.visually-hidden') &&
      // The body of a closed <details> is not drawn, though Chromium still gives it boxes.
      !el.parentElement?.closest('details:not([open])') &&
      getComputedStyle(el).visibility !== 'hidden';
    // With a modal open, the page behind it is inert: only the dialog is what the user works with.
    const scope: ParentNode = document.querySelector('dialog[open]') ?? document;
    const all = [...scope.querySelectorAll('button, a[href], input, select, summary, label, legend, h1, h2, h3, p, li, th, td, [role="img"], .countdown')].filter(shown);
    const texty = 'button, h1, h2, h3, p, li, label, legend, summary, th, td';

    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > vw + 0.5) problems.push(`${describe(el)} sticks out sideways (${Math.round(r.left)} to ${Math.round(r.right)} of ${vw})`);
      if (el.matches(texty) && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} is wider than its box (${el.scrollWidth} in ${el.clientWidth})`);
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        if (box.tagName === 'DIALOG') continue;
        if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) {
          problems.push(`${describe(el)} is inside a scroll box of its own, ${describe(box)}`);
          break;
        }
      }
    }

    // A sticky bar lies over the page by design as it scrolls by; whether anything stays stuck under it is the
    // reach check's business below.
    const pinned = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (['sticky', 'fixed'].includes(getComputedStyle(e).position)) return e;
      return null;
    };
    const leaves = all.filter((el) => !all.some((other) => other !== el && el.contains(other) && other.matches(texty)) || el.matches('button, input'));
    for (let i = 0; i < leaves.length; i++) {
      for (let j = i + 1; j < leaves.length; j++) {
        const a = leaves[i]!;
        const b = leaves[j]!;
        if (a.contains(b) || b.contains(a) || pinned(a) !== pinned(b)) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 1 && y > 1) problems.push(`${describe(a)} and ${describe(b)} overlap`);
      }
    }

    // The ring's inner edge is at 40.5 % of its width from the centre (r 44 − half the 7 stroke, of 100); the rep
    // counter's at half its width less its border.
    const circles: Array<[string, string, number]> = [
      ['.countdown:has(svg.ring)', '.countdown-number, .countdown-unit', 0.405],
      ['.rep-counter', '.rep-of, .rep-number, .rep-hint, .rep-pace', 0.5],
    ];
    for (const [outer, inner, share] of circles) {
      for (const circle of scope.querySelectorAll(outer)) {
        const c = circle.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(circle).borderTopWidth) || 0;
        const radius = c.width * share - border;
        const cx = c.left + c.width / 2;
        const cy = c.top + c.height / 2;
        for (const part of circle.querySelectorAll(inner)) {
          const range = document.createRange();
          range.selectNodeContents(part);
          const p = part.matches('.rep-pace') ? part.getBoundingClientRect() : range.getBoundingClientRect();
          const corners = [
            [p.left, p.top],
            [p.right, p.top],
            [p.left, p.bottom],
            [p.right, p.bottom],
          ];
          const far = Math.max(...corners.map(([x, y]) => Math.hypot(x! - cx, y! - cy)));
          if (far > radius + 0.5) problems.push(`${describe(part)} runs into the edge of its circle (${far.toFixed(1)} px from the centre, ${radius.toFixed(1)} px inside)`);
        }
      }
    }

    const reachable = all.filter((el) => el.matches('button, a[href], input, select, summary, h1, h2, h3, p, li, [role="img"], .countdown'));
    for (const el of reachable) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      // The first line's box: a link wrapped over two lines has a bounding box wider than either line.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const top = Math.max(r.top, 0);
      const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 12), 0), vw - 1);
      const y = Math.min(top + Math.min(r.height / 2, 8), vh - 1);
      if (r.bottom < 0 || r.top > vh || r.height === 0) {
        problems.push(`${describe(el)} cannot be scrolled into view`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(el === hit || el.contains(hit) || hit.contains(el) || (el instanceof HTMLInputElement && el.labels && [...el.labels].some((l) => l.contains(hit))))) {
        problems.push(`${describe(el)} is covered by ${hit ? describe(hit) : 'nothing'} when scrolled to`);
      }
    }
    window.scrollTo(0, 0);
    return [...new Set(problems)];
  });
}
