import { describe, expect, it } from "vitest";
import {
  compoundBytes,
  docxBytes,
  exeBytes,
  jpegBytes,
  ofdBytes,
  pdfBytes,
  pngBytes,
  xlsxBytes,
} from "../../../test/support/files.js";
import type { EngineError } from "../errors.js";
import { checkFile } from "./attachments.js";
import { detectFileType } from "./file-types.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "./limits.js";

describe("file type by content", () => {
  it("tells every allowed type by its bytes", async () => {
    expect(detectFileType(pdfBytes())).toBe("pdf");
    expect(detectFileType(pngBytes())).toBe("png");
    expect(detectFileType(jpegBytes())).toBe("jpeg");
    expect(detectFileType(await docxBytes())).toBe("docx");
    expect(detectFileType(await xlsxBytes())).toBe("xlsx");
    expect(detectFileType(await ofdBytes())).toBe("ofd");
    expect(detectFileType(compoundBytes("WordDocument"))).toBe("doc");
    expect(detectFileType(compoundBytes("Workbook"))).toBe("xls");
  });

  it("knows nothing of an executable, plain text or an empty file", () => {
    expect(detectFileType(exeBytes())).toBeNull();
    expect(detectFileType(Buffer.from("hello"))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});

describe("checking an upload", () => {
  const field = { name: "evidence", label: "证据材料", kind: "attachment" } as const;
  const refusal = (
    file: { fileName: string; bytes: Uint8Array },
    limits = DEFAULT_ATTACHMENT_LIMITS,
  ) => {
    try {
      checkFile(field, file, limits);
    } catch (error) {
      return (error as EngineError).problems[0];
    }
    throw new Error("expected a refusal");
  };

  it("accepts a PDF named .pdf and returns its media type", () => {
    expect(
      checkFile(field, { fileName: "申请书.PDF", bytes: pdfBytes() }, DEFAULT_ATTACHMENT_LIMITS)
        .mediaType,
    ).toBe("application/pdf");
  });

  it("refuses a renamed executable, naming the field", () => {
    expect(refusal({ fileName: "证据.pdf", bytes: exeBytes() })).toMatchObject({
      field: "evidence",
      code: "attachment.typeNotAllowed",
    });
  });

  it("refuses a PNG called .pdf, telling the right extension", () => {
    const problem = refusal({ fileName: "扫描件.pdf", bytes: pngBytes() });
    expect(problem).toMatchObject({ field: "evidence", code: "attachment.extensionMismatch" });
    expect(problem?.message).toContain(".png");
  });

  it("refuses a file over the configured size and a type the deployment does not allow", () => {
    const limits = { maxBytes: 100, types: ["pdf"] as const };
    expect(refusal({ fileName: "a.pdf", bytes: pdfBytes(101) }, limits)).toMatchObject({
      code: "attachment.tooLarge",
      message: "证据材料：文件超过1 KB的上限",
    });
    expect(refusal({ fileName: "a.png", bytes: pngBytes() }, limits)?.code).toBe(
      "attachment.typeNotAllowed",
    );
    expect(refusal({ fileName: "a.pdf", bytes: new Uint8Array() })?.code).toBe("attachment.empty");
  });
});
