// The records counted in a figure, as the record type's own list shows them; rows open the record.
import { Card, Result, Table, Typography, type TablePaginationConfig } from "antd";
import { useMemo } from "react";
import { fetchIndicatorRecords } from "../api/indicators";
import type { ListItem } from "../api/types";
import { useSession } from "../auth/session";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { listColumns } from "../records/listColumns";
import { PAGE_SIZES, parseListQuery } from "../records/listQuery";
import { navigate } from "../router/history";
import { paths } from "../router/routes";
import { indicatorSearch, type IndicatorQuery } from "./indicatorQuery";

interface DrillDownRecordsProps {
  indicatorKey: string;
  query: IndicatorQuery & { org: number };
}

export function DrillDownRecords({ indicatorKey, query }: DrillDownRecordsProps) {
  const { org, year, page, pageSize } = query;
  const { types } = useSession();
  const orgs = useOrgOptions();
  const records = useLoad(
    () => fetchIndicatorRecords(indicatorKey, { org, year, page, pageSize }),
    [indicatorKey, org, year, page, pageSize],
  );
  const recordType = records.data?.recordType;
  const type = types.find((candidate) => candidate.id === recordType);
  const columns = useMemo(
    () =>
      type === undefined
        ? []
        : listColumns(type, parseListQuery("", type), orgs.names).map((column) => ({
            ...column,
            sorter: false,
            sortOrder: null,
          })),
    [type, orgs.names],
  );

  if (records.error !== null) {
    return <LoadFailed error={records.error} onRetry={records.reload} />;
  }
  if (records.data !== null && type === undefined) {
    return <Result status="403" title="无权查看" subTitle="当前账号不能查看该指标的业务记录。" />;
  }
  const total = records.data?.total ?? 0;

  const onChange = (pagination: TablePaginationConfig) => {
    const nextSize = pagination.pageSize ?? pageSize;
    const nextPage = nextSize === pageSize ? (pagination.current ?? 1) : 1;
    navigate(
      paths.indicator(
        indicatorKey,
        indicatorSearch({ org, year, page: nextPage, pageSize: nextSize }),
      ),
    );
  };

  return (
    <Card
      className="page-card"
      title={
        <>
          {type?.label ?? "业务记录"}
          <Typography.Text type="secondary" className="drill-count">
            共 <span data-testid="drill-total">{records.data === null ? "…" : total}</span> 条
          </Typography.Text>
        </>
      }
    >
      <div data-testid="drill-list" className="list-table">
        <Table<ListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={records.data?.items ?? []}
          loading={records.loading}
          tableLayout="auto"
          rowClassName={(item) => (item.nextDue?.tone === "overdue" ? "row-overdue" : "")}
          onRow={(item) => ({
            onDoubleClick: () => {
              if (type !== undefined) navigate(paths.detail(type.id, item.id));
            },
          })}
          onChange={onChange}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showQuickJumper: total > pageSize * 5,
            showTotal: (count) => `共 ${count} 条`,
          }}
          locale={{ emptyText: "该期间没有计入此指标的记录" }}
        />
      </div>
    </Card>
  );
}
