import 'i18next';
import type english from '../../../resources/locales/en.json';

// Keys are checked against English at compile time: `t('tray.pauseFor')` fails tsc if en.json has no such key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof english };
    returnNull: false;
  }
}
