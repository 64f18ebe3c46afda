import { dutyReportDemo, meetingTopicDemo } from "../src/domains/leadership/demo.js";
import { seededRandom } from "../src/seed/random.js";
const refs = { org: (c: string) => c.length, random: seededRandom(20_231_231), today: "2026-11-26" };
for (const r of dutyReportDemo(refs).filter((r) => r.values.year === 2026)) console.log(JSON.stringify(r.steps.map(s=>[s.action, s.values?.submittedOn ?? s.values?.evaluatedOn])));
for (const r of meetingTopicDemo({...refs, random: seededRandom(20_231_231)}).filter((r) => String(r.values.submittedOn) >= "2026-10")) console.log(r.values.submittedOn, r.steps.map(s=>[s.action, s.values?.meetingDate]));
