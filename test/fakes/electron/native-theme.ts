import type { NativeTheme } from 'electron';
import { Recorder } from './support.js';

export class FakeNativeTheme
  extends Recorder
  implements Pick<NativeTheme, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'shouldUseHighContrastColors' | 'themeSource'>
{
  shouldUseDarkColors = false;
  /** Windows only in Electron: whether the taskbar and other system UI are dark, apart from the app theme. */
  shouldUseDarkColorsForSystemIntegratedUI = false;
  shouldUseHighContrastColors = false;
  themeSource: NativeTheme['themeSource'] = 'system';

  /** Test helper: the user switches the system theme; Electron then emits `updated`. */
  switchSystemTheme(theme: { dark: boolean; systemUIDark?: boolean }): void {
    this.shouldUseDarkColors = theme.dark;
    this.shouldUseDarkColorsForSystemIntegratedUI = theme.systemUIDark ?? theme.dark;
    this.emit('updated');
  }

  reset(): void {
    this.resetRecorder();
    this.shouldUseDarkColors = false;
    this.shouldUseDarkColorsForSystemIntegratedUI = false;
    this.shouldUseHighContrastColors = false;
    this.themeSource = 'system';
  }
}

export const nativeTheme = new FakeNativeTheme();
