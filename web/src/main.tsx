// Entry point: Chinese locale for Ant Design and dayjs, the theme, and the app.
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/es/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { theme } from "./theme";
import "./styles.css";

dayjs.locale("zh-cn");

const container = document.getElementById("root");
if (container === null) throw new Error("#root missing from index.html");

createRoot(container).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
