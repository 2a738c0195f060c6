import ar from '../../../resources/locales/ar.json' with { type: 'json' };
import de from '../../../resources/locales/de.json' with { type: 'json' };
import en from '../../../resources/locales/en.json' with { type: 'json' };
import es from '../../../resources/locales/es.json' with { type: 'json' };
import fr from '../../../resources/locales/fr.json' with { type: 'json' };
import it from '../../../resources/locales/it.json' with { type: 'json' };
import ja from '../../../resources/locales/ja.json' with { type: 'json' };
import nl from '../../../resources/locales/nl.json' with { type: 'json' };
import pl from '../../../resources/locales/pl.json' with { type: 'json' };
import ptBR from '../../../resources/locales/pt-BR.json' with { type: 'json' };
import zhCN from '../../../resources/locales/zh-CN.json' with { type: 'json' };
import type { CatalogueTree } from './catalogue.js';
import type { Language } from './languages.js';

/**
 * Every language's catalogue, for main, the tools and the tests. Pages never import this module: main hands each
 * page the one catalogue it speaks (page-catalogue.ts), so the break window's script carries none of them.
 */
export const CATALOGUES: { readonly [L in Language]: CatalogueTree } = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  it,
  nl,
  pl,
  ja,
  'zh-CN': zhCN,
  ar,
};
