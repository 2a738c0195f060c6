/** Replaced at build time by vite.preload.config.ts. */
declare const __LIMBER_VERSION__: string;
