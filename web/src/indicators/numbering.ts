// Headings numbered as official documents number them: 一、二、… and （一）（二）….
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

const numeral = (index: number): string => NUMERALS[index] ?? String(index + 1);

export const chapterNumber = (index: number): string => `${numeral(index)}、`;

export const sectionNumber = (index: number): string => `（${numeral(index)}）`;
