// A record's publication to the public portal: its status, publishing and withdrawing.
import { get, post } from "./client";

export interface PublicationStatus {
  status: "unpublished" | "published" | "withdrawn";
  column: string;
  publicationId: number | null;
  portalUrl: string | null;
  publishedOn: string | null;
  publishedBy: string | null;
  expiresOn: string | null;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
  canPublish: boolean;
  canWithdraw: boolean;
  notPublishableReason: string | null;
}

const path = (type: string, id: number): string =>
  `/api/records/${encodeURIComponent(type)}/${String(id)}/publication`;

export const fetchPublication = (type: string, id: number): Promise<PublicationStatus> =>
  get(path(type, id));

export const publish = (type: string, id: number): Promise<PublicationStatus> =>
  post(path(type, id));

export const withdrawPublication = (
  type: string,
  id: number,
  reason: string,
): Promise<PublicationStatus> => post(`${path(type, id)}/withdraw`, { reason });
