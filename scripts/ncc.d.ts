declare module '@vercel/ncc' {
  interface NccOptions {
    quiet?: boolean;
    minify?: boolean;
    sourceMap?: boolean;
    cache?: boolean | string;
    transpileOnly?: boolean;
    license?: string;
    target?: string;
  }
  interface NccResult {
    code: string;
    assets: Record<string, { source: Buffer | string; permissions?: number }>;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>;
}
