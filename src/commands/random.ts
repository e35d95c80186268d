/**
 * Random names for temporary files, in a module of its own: a command imports it (and with it node:crypto, which
 * costs a start) only when it writes a file. A dynamic import of 'node:crypto' itself would stay an import() in the
 * bundle, which the bundle's loader does not serve.
 */
export { randomBytes } from 'node:crypto';
