/** Bytes a browser downloads for a set of scripts, each gzip-compressed on its own. */
import { gzipSync } from "node:zlib";

export interface GzippedFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** Level 9: what a server that precompresses its static files sends; the default (6) is within a few %. */
export function gzipSize(content: Buffer | string, level = 9): number {
  return gzipSync(content, { level }).length;
}

export function sumGzipped(files: readonly { name: string; content: Buffer | string }[]): { totalGzipBytes: number; totalBytes: number; files: GzippedFile[] } {
  const sized = files.map(({ name, content }) => ({ name, bytes: Buffer.byteLength(content), gzipBytes: gzipSize(content) }));
  sized.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    totalGzipBytes: sized.reduce((sum, f) => sum + f.gzipBytes, 0),
    totalBytes: sized.reduce((sum, f) => sum + f.bytes, 0),
    files: sized,
  };
}
