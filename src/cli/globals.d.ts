/** The package version, inlined at build time. */
declare const __KEXIE_VERSION__: string;
