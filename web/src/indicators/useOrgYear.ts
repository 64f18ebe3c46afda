// The org and year of an indicator screen: from the URL, else the user's top org and last year.
import { useMemo } from "react";
import { useLocation } from "../router/history";
import { useOrgOptions, type OrgOptions } from "../orgs/useOrgOptions";
import { defaultOrg, parseIndicatorQuery, type IndicatorQuery } from "./indicatorQuery";

export function useOrgYear(): { query: IndicatorQuery; orgs: OrgOptions } {
  const { search } = useLocation();
  const orgs = useOrgOptions();
  const query = useMemo(() => {
    const parsed = parseIndicatorQuery(search);
    return parsed.org === null ? { ...parsed, org: defaultOrg(orgs.tree) } : parsed;
  }, [search, orgs.tree]);
  return { query, orgs };
}
