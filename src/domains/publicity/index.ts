// 普法 (legal publicity), 法治政府建设年度报告 (五)四: the "八五"普法讲师团 and its members, the
// publicity activities, the productions (法治微视频, 普法公益广告) and the 法治宣传教育基地.
//
// Counting for the annual report:
// - "法治宣传活动60余次" counts every publicity activity record dated in the year, of all kinds
//   (宣传活动, 法治讲座, 法律进校园, 其他 and 法律明白人线上培训). 侯马市 2023 in the demo data: 63.
// - "法律明白人线上培训12次" is counted separately: the records of kind onlineTraining (mode online),
//   a subset of the above. 侯马市 2023: 12, so 51 activities of the other kinds.
// The report lists the trainings as an item of their own; if a city reads "宣传活动" as excluding
// them, count the kinds in OTHER_ACTIVITY_KINDS instead.
//
// No statutory clocks apply to any of these types.
export { lecturer } from "./lecturer.js";
export { publicityActivity } from "./activity.js";
export { publicityProduction } from "./production.js";
export { educationBase } from "./educationBase.js";

/** The kind counted on its own as "法律明白人线上培训"; its records count as activities too. */
export const ONLINE_TRAINING_KIND = "onlineTraining";
/** Activity kinds other than the online trainings. */
export const OTHER_ACTIVITY_KINDS: readonly string[] = ["campaign", "lecture", "school", "other"];
