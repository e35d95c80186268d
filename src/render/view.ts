import type { Lang, Messages } from '../i18n/index.js';

/** What every renderer is given besides its data: the sentences, the language, and whether to colour. */
export interface View {
  msg: Messages;
  lang: Lang;
  color: boolean;
}
