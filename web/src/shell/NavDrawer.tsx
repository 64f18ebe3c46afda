// The navigation on a phone: a drawer from the left with who is signed in, the menu, the public
// portal and sign-out — what the header and side menu hold on a wide screen.
import { BankOutlined, GlobalOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Drawer, Menu, type MenuProps } from "antd";
import { useSession } from "../auth/session";
import { paths } from "../router/routes";

interface NavDrawerProps {
  open: boolean;
  items: Required<MenuProps>["items"];
  selected: string;
  signingOut: boolean;
  onNavigate: (path: string) => void;
  onSignOut: () => void;
  onClose: () => void;
}

export function NavDrawer(props: NavDrawerProps) {
  const { open, items, selected, signingOut, onNavigate, onSignOut, onClose } = props;
  const { me } = useSession();
  return (
    <Drawer
      open={open}
      placement="left"
      size={280}
      title="导航菜单"
      onClose={onClose}
      className="shell-drawer"
      styles={{ body: { padding: 0 } }}
      // In the footer, so sign-out stays in reach however long the menu is.
      footer={
        <div className="shell-drawer-foot">
          <a href={paths.portal()} target="_blank" rel="noopener">
            <GlobalOutlined /> 公开门户
          </a>
          <Button
            icon={<LogoutOutlined />}
            loading={signingOut}
            onClick={onSignOut}
            data-testid="drawer-logout"
          >
            退出
          </Button>
        </div>
      }
      data-testid="shell-drawer"
    >
      <div className="shell-drawer-user">
        <div>
          <UserOutlined /> <span data-testid="drawer-user">{me.displayName}</span>
        </div>
        <div className="muted">
          <BankOutlined /> {me.orgName}
        </div>
      </div>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        onClick={({ key }) => {
          onNavigate(key);
        }}
        className="shell-menu"
        data-testid="drawer-menu"
      />
    </Drawer>
  );
}
