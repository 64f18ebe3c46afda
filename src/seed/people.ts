// Made-up people and businesses for demo data: names, ID numbers, credit codes and phones that pass
// their national check characters. Any likeness to a real person or business is a coincidence.
import { creditCodeCheckCharacter, idNumberCheckCharacter } from "../kernel/codes.js";

export const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const SURNAMES = words(
  "王 张 李 刘 杨 赵 郭 陈 卫 贾 宁 史 田 薛 段 梁 乔 吉 柴 任 畅 申 牛 高 韩 闫 孙 武",
);
export const MALE_NAMES = words(`建国 志强 海军 卫东 晓峰 俊杰 国平 永刚 文斌 立新 振华 保平
  三虎 宏伟 金锁 鹏程 浩然 宇轩 红军 满堂 小龙 建平 继红 玉成`);
export const FEMALE_NAMES = words(`秀兰 丽华 桂英 晓燕 海燕 淑芳 亚楠 丹丹 雪梅 玉梅 春花 慧敏
  佳怡 红霞 翠萍 金凤 欣悦 美玲 巧云 彩霞`);

/** Birth-place division codes of applicants (GB/T 2260): mostly 侯马, some elsewhere in 山西. */
export const BIRTH_AREAS = words(`141081 141081 141081 141081 141081 141081 141081 141081
  141002 141002 141021 141021 141022 141023 141024 141082 140802 140821 140105`);

export const MOBILE_PREFIXES = words(`130 131 132 133 135 136 137 138 139 150 151 152 155 157 158
  159 180 181 182 183 186 187 188 189`);

/** The random choices the applicant generators need (demo.ts makes them from refs.random). */
export interface Chooser {
  readonly int: (low: number, high: number) => number;
  readonly pick: <T>(list: readonly T[]) => T;
  readonly char: (chars: string) => string;
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");
export function idNumber(d: Chooser, male: boolean): string {
  const birth = `${d.int(1958, 2001)}${pad(d.int(1, 12), 2)}${pad(d.int(1, 28), 2)}`;
  const serial = `${pad(d.int(0, 99), 2)}${2 * d.int(0, 4) + (male ? 1 : 0)}`; // odd: male
  const first17 = `${d.pick(BIRTH_AREAS)}${birth}${serial}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** 91 enterprise, 92 individual business, 93 farmers' cooperative; registered in 侯马. */
export function creditCode(d: Chooser, name: string): string {
  const kind = name.endsWith("合作社") ? "93" : /(店|部|行|会所|馆)$/.test(name) ? "92" : "91";
  const serial = Array.from({ length: 6 }, () => d.char("0123456789ABCDEFGHJKLMNPQRTUWXY"));
  const first17 = `${kind}141081MA0${serial.join("")}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export const phone = (d: Chooser): string => d.pick(MOBILE_PREFIXES) + pad(d.int(0, 99_999_999), 8);
export const plate = (d: Chooser): string => `晋L${d.char("ABCDEFGHJKLMNPQ")}${d.int(1000, 9999)}`;
