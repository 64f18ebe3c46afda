// History values of fields no longer declared keep their identifiers masked: the audit log holds
// mediation's partyAIdNumber and partyAPhone from before its parties became rows (migration 0015).
import { describe, expect, it } from "vitest";
import { mediation } from "../../domains/mediation/index.js";
import { historyValueText } from "./history-values.js";

const names = {
  orgs: new Map<number, string>(),
  users: new Map<number, string>(),
  records: new Map<string, string>(),
};
const text = (field: string, value: unknown) =>
  historyValueText({ type: mediation, field, value, names });

describe("a retired field's value in history", () => {
  it("masks what reads as an ID or phone number", () => {
    expect(text("partyAIdNumber", "34052419800101001X")).toBe("340524********001X");
    expect(text("partyBPhone", "13812345678")).toBe("138****5678");
    expect(text("partyBPhone", "0357-4123456")).toBe("********3456");
  });

  it("keeps other text as it was", () => {
    expect(text("partyAName", "王秀兰")).toBe("王秀兰");
    expect(text("partyAKind", "person")).toBe("person");
  });
});
