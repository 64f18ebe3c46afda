// Small real files of each allowed type (and some that are not), and multipart bodies to upload them.
import { randomBytes } from "node:crypto";
import { Document, Packer, Paragraph } from "docx";
import JSZip from "jszip";

/** A minimal but well-formed PDF, padded with a comment to `size` bytes when asked. */
export function pdfBytes(size = 0): Buffer {
  const body = Buffer.from(
    "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
  );
  if (size <= body.length) return body;
  return Buffer.concat([body, Buffer.from("%"), Buffer.alloc(size - body.length - 1, "x")]);
}

export const pngBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

export const jpegBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);

/** A Windows executable's header: what a renamed .exe looks like. */
export const exeBytes = (): Buffer => Buffer.concat([Buffer.from("MZ"), randomBytes(128)]);

export const docxBytes = (): Promise<Buffer> =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("测试")] }] }));

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

export const xlsxBytes = (): Promise<Buffer> =>
  zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });

export const ofdBytes = (): Promise<Buffer> =>
  zipOf({ "OFD.xml": "<ofd:OFD/>", "Doc_0/Document.xml": "<ofd:Document/>" });

/** An OLE2 compound file header followed by a directory naming the main stream (UTF-16LE). */
export function compoundBytes(stream: "WordDocument" | "Workbook"): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from(stream, "utf16le"),
    Buffer.alloc(64),
  ]);
}

/** A multipart/form-data body with one file part. */
export function multipart(
  fileName: string,
  bytes: Buffer,
  contentType = "application/octet-stream",
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----fazhi${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
