// The title row of a page: breadcrumb, title, tags and buttons on the right.
import { Breadcrumb, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "../router/Link";

export interface Crumb {
  title: string;
  to?: string;
}

interface PageHeaderProps {
  crumbs?: Crumb[];
  title: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
}

export function PageHeader({ crumbs = [], title, tags, extra }: PageHeaderProps) {
  return (
    <div className="page-header">
      {crumbs.length === 0 ? null : (
        <Breadcrumb
          items={crumbs.map((crumb) => ({
            title: crumb.to === undefined ? crumb.title : <Link to={crumb.to}>{crumb.title}</Link>,
          }))}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={12} className="page-header-row">
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={4} className="page-title">
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {extra === undefined ? null : (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  );
}
