// The first screen of a system administrator: the two things they look after — the organisation
// tree and the user accounts — with what needs attention, each a click away.
import { ApartmentOutlined, TeamOutlined } from "@ant-design/icons";
import { Button, Card, Col, Row, Statistic, Typography } from "antd";
import type { ReactNode } from "react";
import { listOrgs, listUsers } from "../api/admin";
import { useSession } from "../auth/session";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { navigate } from "../router/history";
import { paths } from "../router/routes";

interface TaskCardProps {
  icon: ReactNode;
  title: string;
  text: string;
  figures: { label: string; value: number | null; testId: string }[];
  action: string;
  to: string;
  testId: string;
}

function TaskCard({ icon, title, text, figures, action, to, testId }: TaskCardProps) {
  return (
    <Card className="page-card admin-task" data-testid={testId}>
      <Typography.Title level={5} className="admin-task-title">
        {icon} {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>
      <Row gutter={16} className="admin-task-figures">
        {figures.map((figure) => (
          <Col key={figure.testId} span={8}>
            <Statistic
              title={figure.label}
              value={figure.value ?? "…"}
              data-testid={figure.testId}
            />
          </Col>
        ))}
      </Row>
      <Button
        type="primary"
        onClick={() => {
          navigate(to);
        }}
        data-testid={`${testId}-open`}
      >
        {action}
      </Button>
    </Card>
  );
}

export function AdminHome() {
  const { me } = useSession();
  const orgs = useLoad(listOrgs, []);
  const users = useLoad(listUsers, []);
  const error = orgs.error ?? users.error;
  if (error !== null) {
    return (
      <LoadFailed
        error={error}
        onRetry={() => {
          orgs.reload();
          users.reload();
        }}
      />
    );
  }
  const orgItems = orgs.data?.items;
  const userItems = users.data?.items;
  const count = <T,>(items: T[] | undefined, test: (item: T) => boolean = () => true) =>
    items === undefined ? null : items.filter(test).length;
  return (
    <>
      <PageHeader title="系统管理" />
      <Typography.Paragraph type="secondary" data-testid="admin-home">
        {me.displayName}
        ，您好。系统管理员维护单位和用户账号；业务记录、指标和年度报告由各单位和依法治市办在各自的账号中办理。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <TaskCard
            icon={<ApartmentOutlined />}
            title="单位管理"
            text="维护单位树：新增单位，修改名称和类别，停用撤并的单位。"
            figures={[
              {
                label: "启用的单位",
                value: count(orgItems, (org) => org.active),
                testId: "admin-orgs-active",
              },
              {
                label: "已停用",
                value: count(orgItems, (org) => !org.active),
                testId: "admin-orgs-inactive",
              },
            ]}
            action="进入单位管理"
            to={paths.orgs()}
            testId="admin-task-orgs"
          />
        </Col>
        <Col xs={24} lg={12}>
          <TaskCard
            icon={<TeamOutlined />}
            title="用户管理"
            text="开设账号，分配角色和数据范围，重置密码，停用离岗人员的账号。"
            figures={[
              {
                label: "启用的账号",
                value: count(userItems, (user) => user.active),
                testId: "admin-users-active",
              },
              {
                label: "未分配角色",
                value: count(userItems, (user) => user.active && user.roles.length === 0),
                testId: "admin-users-no-role",
              },
              {
                label: "已停用",
                value: count(userItems, (user) => !user.active),
                testId: "admin-users-inactive",
              },
            ]}
            action="进入用户管理"
            to={paths.users()}
            testId="admin-task-users"
          />
        </Col>
      </Row>
    </>
  );
}
