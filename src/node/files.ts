import { closeSync, fstatSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { LIMITS } from "../limits.ts";
import { message, type MessageKey } from "../messages.ts";
import type { LocalizedText } from "../_utils/text.ts";

/**
 * Every `.json` file below `dir`, as paths relative to `root` with `/` separators, sorted. Drafts are skipped.
 * @example
 * ```ts
 * listJsonFiles("./rules", "aturan"); // => ["aturan/pp-53-2010/atribut-kampanye.json", ...]
 * ```
 * @category Node
 */
export function listJsonFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  // Directories already listed, by device and inode: a symbolic link back up the tree is listed once.
  const visited = new Set<string>();
  const list = (relativeDir: string): void => {
    const absolute = join(root, relativeDir);
    let names: string[];
    try {
      const stats = statSync(absolute);
      const identity = `${stats.dev}:${stats.ino}`;
      if (visited.has(identity)) return;
      visited.add(identity);
      names = readdirSync(absolute);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(absolute, name);
      let isDirectory = false;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        // A broken link or a link loop: listed if it is named as a data file, and then reported by readText.
      }
      if (isDirectory) list(relative(root, path));
      else if (name.endsWith(".json") && !name.endsWith(".draft.json")) files.push(relative(root, path).split(sep).join("/"));
    }
  };
  list(dir);
  return files;
}

/**
 * The data files of a rule directory, grouped by kind, as paths relative to the directory.
 * @example
 * ```ts
 * ruleDirectoryLayout("./rules").facts; // => "fakta.json"
 * ```
 * @category Node
 */
export function ruleDirectoryLayout(root: string) {
  return {
    rules: listJsonFiles(root, "aturan"),
    provisions: listJsonFiles(root, "ketentuan"),
    calendars: listJsonFiles(root, "kalender"),
    conditions: listJsonFiles(root, "kondisi"),
    regions: "wilayah/provinsi.json",
    facts: "fakta.json",
  };
}

/**
 * Why a file could not be read, with a message from the message table: not there, not a regular
 * file (a directory, a FIFO, a device such as /dev/zero, a socket), a symbolic-link loop, or
 * larger than {@link LIMITS}.files.maxFileBytes.
 */
export class FileReadError extends Error {
  override name = "FileReadError";
  /** `unreadable_file`, `special_file`, `symlink_loop` or `file_too_large`. */
  readonly code: "unreadable_file" | "special_file" | "symlink_loop" | "file_too_large";
  readonly messages: LocalizedText;
  /** The values in the message besides the path (the kind of file, the limit). */
  readonly values: Readonly<Record<string, string | number>>;
  constructor(code: FileReadError["code"], path: string, values: Readonly<Record<string, string | number>> = {}) {
    const messages = message(code as MessageKey, { path, ...values });
    super(messages.en);
    this.code = code;
    this.messages = messages;
    this.values = values;
  }
  /** The same message naming the file as `name`. */
  messagesFor(name: string): LocalizedText {
    return message(this.code as MessageKey, { path: name, ...this.values });
  }
}

/** What kind of special file `stats` describes, in words for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "directory";
  if (stats.isFIFO()) return "FIFO";
  if (stats.isCharacterDevice()) return "character device";
  if (stats.isBlockDevice()) return "block device";
  if (stats.isSocket()) return "socket";
  return "special file";
}

/**
 * The `stat` of a regular file, or a {@link FileReadError}: checked before a file is opened, since
 * opening a FIFO waits for a writer and a device such as /dev/zero never ends.
 */
export function regularFile(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new FileReadError((error as NodeJS.ErrnoException).code === "ELOOP" ? "symlink_loop" : "unreadable_file", path);
  }
  if (!stats.isFile()) throw new FileReadError("special_file", path, { kind: kindOf(stats) });
  return stats;
}

/**
 * Reads a regular file as UTF-8 text, refusing anything else before reading: the size is checked
 * by `stat` first, and the read itself stops just past the limit (a file that grows, or whose size
 * the system does not report). Throws a {@link FileReadError}.
 */
export function readText(path: string, maximum: number = LIMITS.files.maxFileBytes): string {
  const stats = regularFile(path);
  if (stats.size > maximum) throw new FileReadError("file_too_large", path, { maximum });
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new FileReadError((error as NodeJS.ErrnoException).code === "ELOOP" ? "symlink_loop" : "unreadable_file", path);
  }
  try {
    // The file may have been swapped between stat and open.
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new FileReadError("special_file", path, { kind: kindOf(opened) });
    return readCapped(fd, maximum, () => new FileReadError("file_too_large", path, { maximum }));
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError("unreadable_file", path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a descriptor to its end as UTF-8, but never more than `maximum` bytes: past it, the error
 * `tooLarge()` makes is thrown (standard input from /dev/zero ends here, not in an exhausted heap).
 */
export function readCapped(fd: number, maximum: number, tooLarge: () => Error): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking standard input with nothing yet: wait a moment and read again.
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    total += count;
    if (total > maximum) throw tooLarge();
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, flushed to disk, then
 * renamed over `path`. A failed write (a full disk, a signal) leaves the old file as it was and no
 * temporary file behind.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx", 0o644);
    const bytes = Buffer.from(text, "utf8");
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
