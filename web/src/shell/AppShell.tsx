// The frame of every signed-in page: header with platform, unit and user; menu of record types.
// On a narrow screen (below 992 px) the side menu and the user block give way to a menu button
// that opens the same navigation in a drawer (shell.css).
import {
  BankOutlined,
  GlobalOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Layout, Menu, Space } from "antd";
import { useState, type ReactNode } from "react";
import { useSession } from "../auth/session";
import { navigate } from "../router/history";
import { Link } from "../router/Link";
import { paths, type Route } from "../router/routes";
import { menuItems, selectedKey } from "./navigation";
import { NavDrawer } from "./NavDrawer";
import "./shell.css";

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { me, types, signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = menuItems(me, types);
  const selected = selectedKey(route);

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
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label="打开导航菜单"
            className="shell-menu-button"
            onClick={() => {
              setDrawerOpen(true);
            }}
            data-testid="shell-menu-button"
          />
          <Link to="/" className="shell-home">
            <span className="shell-emblem">法</span>
            <span className="shell-title">法治政府建设工作平台</span>
          </Link>
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
        <Layout.Sider width={216} className="shell-sider">
          <Menu
            mode="inline"
            items={items}
            selectedKeys={[selected]}
            onClick={({ key }) => {
              navigate(key);
            }}
            className="shell-menu"
          />
        </Layout.Sider>
        <Layout.Content className="shell-content">{children}</Layout.Content>
      </Layout>
      <NavDrawer
        open={drawerOpen}
        items={items}
        selected={selected}
        signingOut={signingOut}
        onNavigate={(path) => {
          setDrawerOpen(false);
          navigate(path);
        }}
        onSignOut={handleSignOut}
        onClose={() => {
          setDrawerOpen(false);
        }}
      />
    </Layout>
  );
}
