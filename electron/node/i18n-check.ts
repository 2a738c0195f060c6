import { compareCatalogue } from '../common/i18n/catalogue-check.js';
import { CATALOGUES } from '../common/i18n/catalogues.js';
import { LANGUAGES } from '../common/i18n/languages.js';

/**
 * `npm run i18n:check`: per language, the keys it is missing, the keys English does not have, the ones left in
 * English and any placeholder or list that does not match. Exits 1 when any language is incomplete, so a
 * translation platform's pull request can be checked by the same command.
 */

const verbose = process.argv.includes('--all');
let incomplete = false;

for (const language of LANGUAGES.filter((l) => l !== 'en')) {
  const report = compareCatalogue(CATALOGUES.en, CATALOGUES[language], language);
  const counts = `${report.missing.length} missing, ${report.extra.length} extra, ${report.untranslated.length} untranslated, ${report.problems.length} problems`;
  const clean = report.missing.length + report.extra.length + report.untranslated.length + report.problems.length === 0;
  if (!clean) incomplete = true;
  console.log(`${language.padEnd(6)} ${clean ? 'complete' : counts}`);
  for (const [title, keys] of [
    ['missing', report.missing],
    ['extra', report.extra],
    ['untranslated', report.untranslated],
    ['problems', report.problems],
  ] as const) {
    if (keys.length === 0) continue;
    const shown = verbose ? keys : keys.slice(0, 12);
    console.log(`  ${title}:`);
    for (const key of shown) console.log(`    ${key}`);
    if (shown.length < keys.length) console.log(`    … and ${keys.length - shown.length} more (--all lists every one)`);
  }
}

process.exit(incomplete ? 1 : 0);
