// The columns of a party row (当事人, 第三人, 申请人 …): a name, whether a natural person or an
// organisation, the ID number of a person or the credit code of an organisation, and a phone. The
// identifiers are shown in full only to the roles named.
import type { ChoiceOption, RowFieldDeclaration } from "./fields.js";

export function partyColumns(input: {
  /** [natural person, organisation]: the option values a type has always stored. */
  readonly kinds: readonly [ChoiceOption, ChoiceOption];
  readonly unmaskedFor: readonly string[];
}): RowFieldDeclaration[] {
  const [person, organisation] = input.kinds;
  return [
    {
      name: "name",
      label: "姓名或名称",
      kind: "text",
      required: true,
      maxLength: 100,
      searchable: true,
    },
    { name: "kind", label: "类型", kind: "choice", options: input.kinds, required: true },
    {
      name: "idNumber",
      label: "身份证号",
      kind: "idNumber",
      unmaskedFor: input.unmaskedFor,
      when: { field: "kind", in: [person.value] },
    },
    {
      name: "creditCode",
      label: "统一社会信用代码",
      kind: "creditCode",
      when: { field: "kind", in: [organisation.value] },
    },
    { name: "phone", label: "联系电话", kind: "phone", unmaskedFor: input.unmaskedFor },
  ];
}
