import { CATALOGUES } from '../common/i18n/catalogues.js';
import { createTranslator } from '../common/i18n/translator.js';

/** The log is read by whoever helps the user, so what goes into it is English whatever the user reads. */
export const LOG_WORDS = createTranslator('en', CATALOGUES.en);
