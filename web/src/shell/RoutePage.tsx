// The page for a route, once signed in: record screens by type id, administration for admins,
// and the first page each user lands on.
import { Result } from "antd";
import { AdminHome } from "../admin/AdminHome";
import { canSeeAssessment } from "../assessment/access";
import { AssessmentPage } from "../assessment/AssessmentPage";
import { SchemePage } from "../assessment/SchemePage";
import { ScorecardPage } from "../assessment/ScorecardPage";
import { ApiTokensPage } from "../admin/ApiTokensPage";
import { OrgsPage } from "../admin/OrgsPage";
import { UsersPage } from "../admin/UsersPage";
import { canAdminister } from "../auth/permissions";
import { useSession } from "../auth/session";
import { Redirect } from "../common/Redirect";
import { ForbiddenPage, NotFoundPage } from "../common/ResultPage";
import { DrillDownPage } from "../indicators/DrillDownPage";
import { canSupervise } from "../indicators/access";
import { IndicatorsPage } from "../indicators/IndicatorsPage";
import { DetailPage } from "../records/DetailPage";
import { ListPage } from "../records/ListPage";
import { RecordFormPage } from "../records/RecordFormPage";
import { ReportEditorPage } from "../reports/ReportEditorPage";
import { ReportsPage } from "../reports/ReportsPage";
import { paths, type Route } from "../router/routes";

export function RoutePage({ route }: { route: Route }) {
  const { me, types } = useSession();
  switch (route.name) {
    case "home": {
      // The first page of a user: their first record list; an administrator without records
      // their tasks; a reader of figures only, the figures.
      const [first] = types;
      if (first !== undefined) return <Redirect to={paths.list(first.id)} />;
      if (canAdminister(me)) return <AdminHome />;
      if (canSupervise(me)) return <Redirect to={paths.indicators()} />;
      return (
        <Result status="info" title="暂无可办理的业务" subTitle="请联系系统管理员分配角色。" />
      );
    }
    case "orgs":
      return canAdminister(me) ? <OrgsPage /> : <ForbiddenPage />;
    case "users":
      return canAdminister(me) ? <UsersPage /> : <ForbiddenPage />;
    case "apiTokens":
      return canAdminister(me) ? <ApiTokensPage /> : <ForbiddenPage />;
    case "indicators":
      return canSupervise(me) ? <IndicatorsPage /> : <ForbiddenPage />;
    case "indicator":
      return canSupervise(me) ? (
        <DrillDownPage key={route.key} indicatorKey={route.key} />
      ) : (
        <ForbiddenPage />
      );
    case "reports":
      return canSupervise(me) ? <ReportsPage /> : <ForbiddenPage />;
    case "report":
      return canSupervise(me) ? (
        <ReportEditorPage key={route.id} id={route.id} />
      ) : (
        <ForbiddenPage />
      );
    case "assessment":
      return canSeeAssessment(me) ? <AssessmentPage /> : <ForbiddenPage />;
    case "scheme":
      return canSeeAssessment(me) ? <SchemePage key={route.id} id={route.id} /> : <ForbiddenPage />;
    case "scorecard":
      return canSeeAssessment(me) ? (
        <ScorecardPage key={`${route.id}-${route.orgId}`} id={route.id} orgId={route.orgId} />
      ) : (
        <ForbiddenPage />
      );
    case "list":
    case "new":
    case "detail":
    case "edit": {
      const type = types.find((candidate) => candidate.id === route.type);
      if (type === undefined) return <NotFoundPage />;
      if (route.name === "list") return <ListPage key={type.id} type={type} />;
      if (route.name === "new") {
        return type.canCreate ? <RecordFormPage key="new" type={type} /> : <ForbiddenPage />;
      }
      if (route.name === "edit") {
        return <RecordFormPage key={`edit-${route.id}`} type={type} id={route.id} />;
      }
      return <DetailPage key={route.id} type={type} id={route.id} />;
    }
    case "login":
    case "notFound":
      return <NotFoundPage />;
  }
}
