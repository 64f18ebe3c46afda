// The navigation of the signed-in user: record types, 法治督察 and 系统管理 as their roles allow,
// and which entry a route belongs to. The side menu (desktop) and the drawer (phone) share it.
import {
  ApartmentOutlined,
  BarChartOutlined,
  FileTextOutlined,
  KeyOutlined,
  ReadOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { Me, TypeMeta } from "../api/types";
import { canAdminister } from "../auth/permissions";
import { canSeeAssessment } from "../assessment/access";
import { canSupervise } from "../indicators/access";
import { paths, type Route } from "../router/routes";

type MenuItem = Required<MenuProps>["items"][number];

export function selectedKey(route: Route): string {
  switch (route.name) {
    case "list":
    case "new":
    case "detail":
    case "edit":
      return paths.list(route.type);
    case "orgs":
      return paths.orgs();
    case "users":
      return paths.users();
    case "apiTokens":
      return paths.apiTokens();
    case "indicators":
    case "indicator":
      return paths.indicators();
    case "reports":
    case "report":
      return paths.reports();
    case "assessment":
    case "scheme":
    case "scorecard":
      return paths.assessment();
    default:
      return "";
  }
}

/** Menu entries keyed by the path they open. */
export function menuItems(me: Me, types: readonly TypeMeta[]): MenuItem[] {
  const items: MenuItem[] = [];
  if (types.length > 0) {
    items.push({
      key: "records",
      type: "group",
      label: "业务办理",
      children: types.map((type) => ({
        key: paths.list(type.id),
        icon: <FileTextOutlined />,
        label: type.label,
      })),
    });
  }
  // Assessed departments see 法治考核 (their own scorecards) without the other supervision screens.
  const supervision: MenuItem[] = canSupervise(me)
    ? [
        { key: paths.indicators(), icon: <BarChartOutlined />, label: "指标统计" },
        { key: paths.reports(), icon: <ReadOutlined />, label: "年度报告" },
      ]
    : [];
  if (canSeeAssessment(me))
    supervision.push({ key: paths.assessment(), icon: <TrophyOutlined />, label: "法治考核" });
  if (supervision.length > 0) {
    items.push({ key: "supervision", type: "group", label: "法治督察", children: supervision });
  }
  if (canAdminister(me)) {
    items.push({
      key: "admin",
      type: "group",
      label: "系统管理",
      children: [
        { key: paths.orgs(), icon: <ApartmentOutlined />, label: "单位管理" },
        { key: paths.users(), icon: <TeamOutlined />, label: "用户管理" },
        { key: paths.apiTokens(), icon: <KeyOutlined />, label: "API令牌" },
      ],
    });
  }
  return items;
}
