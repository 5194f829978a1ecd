import type * as Kexie from "../../src/index.js";

export declare const AS_OF: string;
export declare function allResults(kexie: typeof Kexie, ds: Kexie.Dataset, roots?: readonly string[]): Record<string, unknown>;
