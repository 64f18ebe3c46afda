// The list of one record type: search, sort, page, import, export; overdue rows stand out.
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Table, type TablePaginationConfig } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { useMemo, useState } from "react";
import { listRecords } from "../api/records";
import type { ListItem, TypeMeta } from "../api/types";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { navigate, useLocation } from "../router/history";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { paths } from "../router/routes";
import { ExportButton } from "./ExportButton";
import { FilterBar } from "./FilterBar";
import { ImportModal } from "./ImportModal";
import { OverdueCount } from "./OverdueCount";
import { listColumns } from "./listColumns";
import { listSearch, PAGE_SIZES, parseListQuery, queryParams, type ListQuery } from "./listQuery";

/** Clicking a sorted column flips it; the default order comes back with 重置 or the menu. */
const SORT_CYCLE: ("ascend" | "descend")[] = ["ascend", "descend", "ascend"];

export function ListPage({ type }: { type: TypeMeta }) {
  const { search } = useLocation();
  const query = useMemo(() => parseListQuery(search, type), [search, type]);
  const list = useLoad(() => listRecords(type.id, queryParams(query)), [type.id, query]);
  const [importing, setImporting] = useState(false);

  const go = (next: ListQuery) => {
    navigate(paths.list(type.id, listSearch(next)));
  };

  const onTableChange = (
    pagination: TablePaginationConfig,
    sorter: SorterResult<ListItem> | SorterResult<ListItem>[],
    action: "paginate" | "sort" | "filter",
  ) => {
    if (action === "sort") {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const order = single?.order;
      const key = typeof single?.columnKey === "string" ? single.columnKey : "";
      go({
        ...query,
        page: 1,
        sort: order ? key : "",
        order: order === "ascend" ? "asc" : order === "descend" ? "desc" : "",
      });
      return;
    }
    const pageSize = pagination.pageSize ?? query.pageSize;
    go({ ...query, page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize });
  };

  const orgs = useOrgOptions();
  const columns = useMemo(() => listColumns(type, query, orgs.names), [type, query, orgs.names]);
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={type.label}
        extra={
          <>
            {type.clocks.length === 0 || query.overdue ? null : (
              <OverdueCount
                type={type}
                onShow={() => {
                  go({ ...query, overdue: true, page: 1 });
                }}
              />
            )}
            {type.canCreate ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  navigate(paths.create(type.id));
                }}
                data-testid="record-new"
              >
                新建
              </Button>
            ) : null}
            {type.canCreate ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => {
                  setImporting(true);
                }}
                data-testid="record-import"
              >
                导入
              </Button>
            ) : null}
            <ExportButton type={type} query={queryParams(query, false)} />
          </>
        }
      />
      <Card className="page-card filter-card">
        <FilterBar
          type={type}
          query={query}
          onSearch={(changes) => {
            go({ ...query, ...changes, page: 1 });
          }}
          onReset={() => {
            go({ ...parseListQuery("", type), pageSize: query.pageSize });
          }}
        />
      </Card>
      <Card className="page-card">
        {list.error !== null && list.data === null ? (
          <LoadFailed error={list.error} onRetry={list.reload} />
        ) : (
          <div data-testid="record-list" className="list-table">
            <Table<ListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.data?.items ?? []}
              loading={list.loading}
              tableLayout="auto"
              scroll={{ x: true }}
              sortDirections={SORT_CYCLE}
              rowClassName={(item) => (item.nextDue?.tone === "overdue" ? "row-overdue" : "")}
              onRow={(item) => ({
                onDoubleClick: () => {
                  navigate(paths.detail(type.id, item.id));
                },
              })}
              onChange={(pagination, _filters, sorter, extra) => {
                onTableChange(pagination, sorter, extra.action);
              }}
              pagination={{
                current: query.page,
                pageSize: query.pageSize,
                total,
                showSizeChanger: true,
                pageSizeOptions: PAGE_SIZES,
                showQuickJumper: total > query.pageSize * 5,
                showTotal: (count) => `共 ${count} 条`,
              }}
              locale={{ emptyText: "暂无符合条件的记录" }}
            />
          </div>
        )}
      </Card>
      {importing ? (
        <ImportModal
          type={type}
          onImported={list.reload}
          onClose={() => {
            setImporting(false);
          }}
        />
      ) : null}
    </>
  );
}
