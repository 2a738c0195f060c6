/** The small part of the `x11` package (pure-JavaScript X11 client, no types of its own) that Limber uses. */
declare module 'x11' {
  import type { EventEmitter } from 'node:events';

  export interface XEvent {
    type: number;
    name?: string;
    wid?: number;
    wid1?: number;
    atom?: number;
    state?: number;
  }

  export interface XProperty {
    type: number;
    format: number;
    bytesAfter: number;
    data: Buffer;
  }

  export interface XClient extends EventEmitter {
    InternAtom(onlyIfExists: boolean, name: string, cb: (err: unknown, atom: number) => void): void;
    GetProperty(del: number, wid: number, name: number, type: number, offset: number, length: number, cb: (err: unknown, prop: XProperty) => void): void;
    ChangeWindowAttributes(wid: number, values: { eventMask?: number }, cb?: (err: unknown) => void): void;
    ChangeProperty(mode: number, wid: number, name: number, type: number, format: number, data: number[] | Buffer): void;
    CreateWindow(wid: number, parent: number, x: number, y: number, w: number, h: number, border: number, depth: number, cls: number, visual: number, values: object): void;
    DestroyWindow(wid: number): void;
    AllocID(): number;
    GetGeometry(drawable: number, cb: (err: unknown, geometry: { xPos: number; yPos: number; width: number; height: number }) => void): void;
    TranslateCoordinates(srcWid: number, dstWid: number, srcX: number, srcY: number, cb: (err: unknown, at: { destX: number; destY: number }) => void): void;
    MoveResizeWindow(wid: number, x: number, y: number, width: number, height: number): void;
    terminate(): void;
  }

  export interface XDisplay {
    client: XClient;
    screen: Array<{ root: number; width_in_pixels: number; height_in_pixels: number }>;
  }

  export const eventMask: { PropertyChange: number; StructureNotify: number };
  export function createClient(options: { display?: string }, cb: (err: unknown, display: XDisplay) => void): XClient;
  const x11: { createClient: typeof createClient; eventMask: typeof eventMask };
  export default x11;
}
