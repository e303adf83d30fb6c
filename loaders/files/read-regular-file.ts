// Reads a file the user named (an export to ingest, a dictionary to import), refusing anything that is not a
// regular file. `/dev/zero` never ends, so reading it grows memory until the process dies; a FIFO with no writer
// blocks the open (and then the read) forever; a socket cannot be opened at all. Each is refused with a message
// that says what the path is instead.
//
// The kind is checked twice: `stat` before opening, so that a pipe or a device is never opened (opening a FIFO
// waits for a writer, opening some devices acts on them), and `fstat` on the opened descriptor, so that a path
// swapped for something else between the two calls is still caught. The open is non-blocking for that second case.

import fs from "node:fs";

/** The file cannot be read as a file; `reason` says why, without the path (callers show it their own way). */
export class NotARegularFile extends Error {
  constructor(
    readonly reason: string,
    /** The size seen, when the file is a regular file that is too large; 0 otherwise. */
    readonly size = 0
  ) {
    super(reason);
    this.name = "NotARegularFile";
  }
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 1 << 20;

/** The whole content of the regular file at `filePath`; throws NotARegularFile (no such file, a device, too large…). */
export function readRegularFile(filePath: string, maxBytes: number): Buffer {
  const fd = openRegularFile(filePath);
  try {
    const {size} = fs.fstatSync(fd);
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return readAtMost(fd, size, maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A descriptor of the regular file at `filePath`, for callers that stream it; the caller closes it. Throws
 * NotARegularFile.
 */
export function openRegularFile(filePath: string): number {
  requireRegular(statOrRefuse(() => fs.statSync(filePath)));
  let fd: number;
  try {
    fd = fs.openSync(filePath, OPEN_FLAGS);
  } catch (error) {
    throw cannotOpen(error);
  }
  try {
    requireRegular(fs.fstatSync(fd));
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
  return fd;
}

/** Throws NotARegularFile unless `filePath` opens as a regular file (a check for callers that read it later). */
export function checkRegularFile(filePath: string): void {
  fs.closeSync(openRegularFile(filePath));
}

function statOrRefuse(stat: () => fs.Stats): fs.Stats {
  try {
    return stat();
  } catch (error) {
    throw cannotOpen(error);
  }
}

function requireRegular(stat: fs.Stats): void {
  if (stat.isFile()) return;
  throw new NotARegularFile(`it is ${describeFileKind(stat)}, not a regular file: give the path of a CSV file saved on disk`);
}

/** What a path that is not a regular file is, for messages: "a named pipe (FIFO)", "a character device"… */
export function describeFileKind(stat: fs.Stats): string {
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  return "not a file";
}

function cannotOpen(error: unknown): NotARegularFile {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new NotARegularFile("no such file");
  if (code === "EACCES" || code === "EPERM") return new NotARegularFile("cannot open the file: permission denied");
  // ENXIO: a socket, or a FIFO opened for writing with no reader; neither is a file to read.
  if (code === "ENXIO") {
    return new NotARegularFile("it is a socket or a pipe, not a regular file: give the path of a CSV file saved on disk");
  }
  return new NotARegularFile(`cannot open the file: ${error instanceof Error ? error.message : String(error)}`);
}

function tooLarge(size: number, maxBytes: number): NotARegularFile {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new NotARegularFile(
    `the file is ${mb(size)}, more than the ${mb(maxBytes)} an input may have: ` +
      `split it into smaller files (a J-PlatPat export of 3,000 records is about 4 MB)`,
    size
  );
}

/** Reads to the end, but never more than `maxBytes`: a file that grows while it is read is still bounded. */
function readAtMost(fd: number, expected: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.max(expected, CHUNK_BYTES);
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw tooLarge(total, maxBytes);
    want = CHUNK_BYTES;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
