import type { Display, Rectangle, Screen } from 'electron';
import { Recorder } from './support.js';

export class FakeScreen extends Recorder implements Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint'> {
  /** Knob: where the mouse pointer is. */
  cursor = { x: 100, y: 100 };
  /** Knob: the displays, the first being primary. Work areas leave room for panels. */
  displays: Display[] = [];

  constructor() {
    super();
    this.reset();
  }

  getCursorScreenPoint(): { x: number; y: number } {
    return { ...this.cursor };
  }

  getDisplayNearestPoint(point: { x: number; y: number }): Display {
    const inside = this.displays.find((d) => within(point, d.bounds));
    return inside ?? this.displays[0]!;
  }

  reset(): void {
    this.resetRecorder();
    this.cursor = { x: 100, y: 100 };
    this.displays = [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, 32)];
  }
}

function within(p: { x: number; y: number }, r: Rectangle): boolean {
  return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
}

/** A display whose work area is its bounds minus a top panel of `panel` pixels. */
export function fakeDisplay(id: number, bounds: Rectangle, panel = 0): Display {
  return {
    id,
    bounds,
    workArea: { x: bounds.x, y: bounds.y + panel, width: bounds.width, height: bounds.height - panel },
    scaleFactor: 1,
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: bounds.width, height: bounds.height - panel },
    rotation: 0,
    internal: false,
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    displayFrequency: 60,
    touchSupport: 'unknown',
    label: `Display ${id}`,
    detected: true,
    nativeOrigin: { x: bounds.x, y: bounds.y },
    maximumCursorSize: { width: 0, height: 0 },
  } as Display;
}

export const screen = new FakeScreen();
