// The frame of every signed-in page: header with platform, unit and user; menu of record types.
import {
  ApartmentOutlined,
  BankOutlined,
  FileTextOutlined,
  LogoutOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Layout, Menu, Space, type MenuProps } from "antd";
import { useState, type ReactNode } from "react";
import { canAdminister } from "../auth/permissions";
import { useSession } from "../auth/session";
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
