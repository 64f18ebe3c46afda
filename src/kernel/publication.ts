// A record type's public face on the portal: which fields are public, when publication is due, how
// long it stays and what removes it (e.g. 行政复议法 第79条, 行政处罚法 第48条).
import type { Role } from "./roles.js";

export interface PublicationDeclaration {
  /** The portal column (政府网站发展指引 国办发〔2017〕47号), e.g. 行政复议决定书. */
  readonly column: string;
  /** The statute-table rule of the publication clock (its period and article). */
  readonly rule: string;
  /** Action that starts the publication clock; its dateField is the start day. */
  readonly startOn: string;
  /** Fields shown to the public; sensitive kinds are masked by their kind's rule. */
  readonly publicFields: readonly string[];
  /** Fields whose personal names are masked on the portal (张三 → 张*). */
  readonly maskedNames?: readonly string[];
  /** Only records whose values pass this are published (e.g. not those involving state secrets). */
  readonly isPublishable?: (values: Readonly<Record<string, unknown>>) => boolean;
  /** Roles that publish and withdraw. */
  readonly roles: readonly Role[];
  /** Years it stays public before it is withdrawn as expired; omitted: until withdrawn. */
  readonly staysYears?: number;
  /** Actions that withdraw it (e.g. the decision is revoked by a court). */
  readonly withdrawnOn?: readonly string[];
}
