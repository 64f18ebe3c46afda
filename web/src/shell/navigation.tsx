// The navigation of the signed-in user: record types, 法治督察 and 系统管理 as their roles allow,
// and which entry a route belongs to. The side menu (desktop) and the drawer (phone) share it.
import {
  ApartmentOutlined,
  BarChartOutlined,
  FileTextOutlined,
  KeyOutlined,
  ReadOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { Me, TypeMeta } from "../api/types";
import { canAdminister } from "../auth/permissions";
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
  if (canSupervise(me)) {
    items.push({
      key: "supervision",
      type: "group",
      label: "法治督察",
      children: [
        { key: paths.indicators(), icon: <BarChartOutlined />, label: "指标统计" },
        { key: paths.reports(), icon: <ReadOutlined />, label: "年度报告" },
      ],
    });
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
