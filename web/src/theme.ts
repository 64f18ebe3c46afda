// The look: a restrained government blue, compact radii, system Chinese fonts.
import type { ThemeConfig } from "antd";

export const brandBlue = "#1a4f9c";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brandBlue,
    colorInfo: "#1677ff",
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: "#123a75", headerHeight: 56, headerPadding: "0 24px", siderBg: "#ffffff" },
    Menu: { itemBorderRadius: 4, itemSelectedBg: "#e8f0fc", itemSelectedColor: brandBlue },
    Table: { headerBg: "#f3f6fa" },
    Descriptions: { labelBg: "#f6f8fb" },
  },
};
