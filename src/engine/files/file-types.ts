// What a file is, told by its first bytes rather than by the name or the header the client sends:
// a renamed executable is refused whatever it calls itself. Office Open XML and OFD (GB/T 33190)
// are ZIP packages told apart by the names inside; Word 97 and Excel 97 are OLE2 compound files
// told apart by their main stream's name.

export const FILE_TYPES = {
  pdf: { label: "PDF", mediaType: "application/pdf", extensions: ["pdf"] },
  ofd: { label: "OFD", mediaType: "application/ofd", extensions: ["ofd"] },
  doc: { label: "Word", mediaType: "application/msword", extensions: ["doc"] },
  docx: {
    label: "Word",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
  xls: { label: "Excel", mediaType: "application/vnd.ms-excel", extensions: ["xls"] },
  xlsx: {
    label: "Excel",
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
  jpeg: { label: "JPEG图片", mediaType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { label: "PNG图片", mediaType: "image/png", extensions: ["png"] },
} as const;

export type FileTypeId = keyof typeof FILE_TYPES;

export const FILE_TYPE_IDS = Object.keys(FILE_TYPES) as FileTypeId[];

export const isFileTypeId = (value: string): value is FileTypeId => value in FILE_TYPES;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The file's type by its content, or null when it is none of the known types. */
export function detectFileType(bytes: Uint8Array): FileTypeId | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, ZIP)) return zipKind(zipEntryNames(bytes));
  if (startsWith(bytes, CFB)) return compoundKind(bytes);
  return null;
}

function zipKind(names: readonly string[]): FileTypeId | null {
  if (names.includes("OFD.xml")) return "ofd";
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((name) => name.startsWith("word/"))) return "docx";
  if (names.some((name) => name.startsWith("xl/"))) return "xlsx";
  return null;
}

/** Entry names from the ZIP central directory (found through its end record). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const floor = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** An ASCII stream name as the compound file's directory writes it (UTF-16LE). */
const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf16le"));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.indexOf(needle) >= 0;
}

/** Word keeps its text in a "WordDocument" stream, Excel in "Workbook" (or "Book" before 97). */
function compoundKind(bytes: Uint8Array): FileTypeId | null {
  if (contains(bytes, utf16("WordDocument"))) return "doc";
  if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book"))) return "xls";
  return null;
}

/** The lower-case extension of a file name ("" when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}
