// Who may write annual reports: the rule-of-law office (others of 法治督察 read them). The server
// decides; this only hides buttons that would be refused.
import type { Me } from "../api/types";

export const canWriteReports = (me: Me): boolean => me.roles.includes("lawOffice");
