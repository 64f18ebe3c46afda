// The frame of every signed-in page: header with platform, unit and user; menu of record types.
import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  FileTextOutlined,
  GlobalOutlined,
  LogoutOutlined,
  ReadOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Layout, Menu, Space, type MenuProps } from "antd";
import { useState, type ReactNode } from "react";
import { canAdminister } from "../auth/permissions";
import { useSession } from "../auth/session";
import { canSupervise } from "../indicators/access";
import { navigate } from "../router/history";
import { paths, type Route } from "../router/routes";

type MenuItem = Required<MenuProps>["items"][number];

function selectedKey(route: Route): string {
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

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { me, types, signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);

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
      ],
    });
  }

  const handleSignOut = () => {
    setSigningOut(true);
    void signOut().finally(() => {
      setSigningOut(false);
    });
  };

  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <div className="shell-brand">
          <span className="shell-emblem">法</span>
          <span className="shell-title">法治政府建设工作平台</span>
        </div>
        <Space size="middle" className="shell-user">
          <a
            href={paths.portal()}
            target="_blank"
            rel="noopener"
            className="shell-portal"
            data-testid="portal-link"
          >
            <GlobalOutlined /> 公开门户
          </a>
          <span>
            <BankOutlined /> <span data-testid="current-org">{me.orgName}</span>
          </span>
          <span>
            <UserOutlined /> <span data-testid="current-user">{me.displayName}</span>
          </span>
          <Button
            size="small"
            ghost
            icon={<LogoutOutlined />}
            loading={signingOut}
            onClick={handleSignOut}
            data-testid="logout"
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={216} className="shell-sider" breakpoint="lg" collapsedWidth={0}>
          <Menu
            mode="inline"
            items={items}
            selectedKeys={[selectedKey(route)]}
            onClick={({ key }) => {
              navigate(key);
            }}
            className="shell-menu"
          />
        </Layout.Sider>
        <Layout.Content className="shell-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
