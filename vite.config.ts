// Build and dev server for the web app in web/ (React + Ant Design); the API server listens on :3000.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = "http://127.0.0.1:3000";

/**
 * Vendor code in its own chunks, apart from the app, so each chunk stays moderate and caches well
 * across app releases: React; antd's components; the rc-component widgets under them; antd's style
 * engine and helpers (with dayjs); icons; anything else.
 */
const vendorGroups = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 50 },
  { name: "antd-icons", test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 40 },
  { name: "antd-base", test: /node_modules[\\/](@ant-design|dayjs)[\\/]/, priority: 30 },
  { name: "antd-rc", test: /node_modules[\\/](@rc-component|rc-[^\\/]+)[\\/]/, priority: 20 },
  { name: "antd", test: /node_modules[\\/]antd[\\/]/, priority: 10, maxSize: 900_000 },
  { name: "vendor", test: /node_modules[\\/]/, priority: 0 },
];

export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups }, strictExecutionOrder: true },
    },
  },
  server: {
    proxy: {
      "/api": { target: api, changeOrigin: false },
      "/healthz": { target: api, changeOrigin: false },
    },
  },
});
