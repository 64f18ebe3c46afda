// Dates as official documents write them; shared with generated notices (src/calendar).
export { chineseDate } from "../calendar/official-date.js";
