/**
 * The page background of renderer/base.css (--bg), for the window to paint before the page has loaded: a
 * hard-coded light colour flashes white at dark-mode users every time a break window opens. A test holds these
 * to the stylesheet.
 */
export const PAGE_BACKGROUND = { light: '#fbfaf7', dark: '#15181c' } as const;

export function pageBackground(dark: boolean): string {
  return dark ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light;
}
