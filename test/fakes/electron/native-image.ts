import { existsSync, readFileSync } from 'node:fs';
import type { NativeImage as RealNativeImage, Size } from 'electron';

type NativeImageStatics = typeof import('electron').nativeImage;

export class FakeNativeImage implements Pick<RealNativeImage, 'isEmpty' | 'getSize' | 'isTemplateImage' | 'setTemplateImage'> {
  isMacTemplateImage = false;

  constructor(
    /** The file the image came from. */
    readonly source: string,
    private readonly size: Size,
  ) {}

  isEmpty(): boolean {
    return this.size.width === 0 || this.size.height === 0;
  }

  getSize(): Size {
    return { ...this.size };
  }

  isTemplateImage(): boolean {
    return this.isMacTemplateImage;
  }

  setTemplateImage(option: boolean): void {
    this.isMacTemplateImage = option;
  }
}

/** Reads width/height from a PNG header so icon-size tests see real numbers; other formats count as 16×16. */
function imageSize(path: string): Size {
  const bytes = readFileSync(path);
  const isPng = bytes.length >= 24 && bytes.toString('latin1', 1, 4) === 'PNG';
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 16, height: 16 };
}

export const nativeImage = {
  /** Like Electron, a missing or unreadable file gives an empty image rather than an error. */
  createFromPath(path: Parameters<NativeImageStatics['createFromPath']>[0]): FakeNativeImage {
    if (!path || !existsSync(path)) return new FakeNativeImage(path, { width: 0, height: 0 });
    try {
      return new FakeNativeImage(path, imageSize(path));
    } catch {
      return new FakeNativeImage(path, { width: 0, height: 0 });
    }
  },
};
