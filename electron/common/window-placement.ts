/** Window geometry, kept apart from Electron so the centring rules can be tested without a screen. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const BREAK_WINDOW_SIZE = { width: 420, height: 600 } as const;
export const SETTINGS_WINDOW_SIZE = { width: 640, height: 720 } as const;

/** Centred in the work area (the display minus panels and docks), shrunk to fit a small screen. */
export function centredIn(workArea: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}
