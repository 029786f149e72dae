// Types for bundle-size.mjs, for the TypeScript tests that import it.
import type { Metafile } from "esbuild";

export declare const BUDGET: { readonly codeGzip: number; readonly totalGzip: number };

export interface BundleOptions {
  readonly minify?: boolean;
  readonly withoutRules?: boolean;
  /** Entry point relative to the package root. Default `src/index.ts`. */
  readonly entry?: string;
}

export declare function bundleCore(options?: BundleOptions): Promise<{ code: Uint8Array; metafile: Metafile; nodeBuiltins: string[] }>;

export interface BundleReport {
  readonly entry: string;
  readonly bytes: {
    readonly minified: number;
    readonly gzip: number;
    readonly brotli: number;
    readonly codeMinified: number;
    readonly codeGzip: number;
    readonly rulesGzip: number;
  };
  readonly budget: typeof BUDGET;
  readonly withinBudget: boolean;
  readonly nodeBuiltins: readonly string[];
  readonly contributors: readonly { readonly name: string; readonly minifiedBytes: number }[];
  readonly code: Uint8Array;
}

export declare function measure(): Promise<BundleReport>;
