// A minimal POSIX ustar writer. The landscape datasets leave the warehouse as one archive so that every file in it
// comes from the same read-only snapshot (their small integer ids must agree) and the warehouse is opened once per
// build; Framework extracts the members (`data/landscape/patents.parquet` from `data/landscape.tar.ts`).

export interface TarEntry {
  /** ASCII path inside the archive, at most 100 bytes. */
  name: string;
  bytes: Uint8Array;
}

const BLOCK = 512;

function writeString(header: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, "ascii");
  if (bytes.length > length) throw new Error(`tar: "${value}" does not fit in ${length} bytes`);
  header.set(bytes, offset);
}

/** Numeric fields are zero-padded octal followed by a NUL. */
function writeOctal(header: Uint8Array, offset: number, length: number, value: number): void {
  writeString(header, offset, length, value.toString(8).padStart(length - 1, "0") + "\0");
}

function entryHeader(name: string, size: number): Uint8Array {
  if (!/^[\x21-\x7e]+$/.test(name) || name.length > 100) throw new Error(`tar: unsupported member name "${name}"`);
  const header = new Uint8Array(BLOCK);
  writeString(header, 0, 100, name);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, size);
  // mtime 0: the same data gives the same archive, byte for byte.
  writeOctal(header, 136, 12, 0);
  header[156] = "0".charCodeAt(0);
  writeString(header, 257, 6, "ustar\0");
  writeString(header, 263, 2, "00");
  // The checksum is computed with its own field filled with spaces.
  header.fill(0x20, 148, 156);
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  writeString(header, 148, 8, checksum.toString(8).padStart(6, "0") + "\0 ");
  return header;
}

export function tarArchive(entries: readonly TarEntry[]): Buffer {
  const parts: Uint8Array[] = [];
  for (const {name, bytes} of entries) {
    parts.push(entryHeader(name, bytes.byteLength), bytes);
    const padding = (BLOCK - (bytes.byteLength % BLOCK)) % BLOCK;
    if (padding) parts.push(new Uint8Array(padding));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  return Buffer.concat(parts);
}
