// The organisation tree of the indicators benchmark: a province of 200 organisations, named after
// Shanxi's 11 prefecture-level cities (division codes of the cities are GB/T 2260; county codes are
// made up). Inserted through insertOrg, so paths follow the '/1/5/12/' convention of the app.
import { insertOrg } from "../src/admin/orgs.js";
import type { Database, Sql } from "../src/db/client.js";

const PROVINCE_DEPARTMENTS = [
  ["JUSTICE", "省司法厅", "department"],
  ["PUBLIC-SECURITY", "省公安厅", "department"],
  ["MARKET", "省市场监督管理局", "department"],
  ["NATURAL-RESOURCES", "省自然资源厅", "department"],
  ["HR", "省人力资源和社会保障厅", "department"],
  ["ENVIRONMENT", "省生态环境厅", "department"],
  ["HOUSING", "省住房和城乡建设厅", "department"],
  ["TRANSPORT", "省交通运输厅", "department"],
  ["HEALTH", "省卫生健康委员会", "department"],
  ["EDUCATION", "省教育厅", "department"],
] as const;

/** [code, name, counties, slots]: slots weigh a city's share of the records (the capital is biggest). */
const CITIES: readonly (readonly [string, string, readonly string[], number])[] = [
  ["140100", "太原市", ["小店区", "迎泽区", "清徐县"], 3],
  ["140200", "大同市", ["平城区", "云冈区", "阳高县"], 1],
  ["140300", "阳泉市", ["城区", "郊区", "平定县"], 1],
  ["140400", "长治市", ["潞州区", "上党区", "襄垣县"], 1],
  ["140500", "晋城市", ["泽州县", "沁水县", "阳城县"], 1],
  ["140600", "朔州市", ["朔城区", "平鲁区", "山阴县"], 1],
  ["140700", "晋中市", ["榆次区", "太谷区", "祁县"], 1],
  ["140800", "运城市", ["盐湖区", "临猗县", "万荣县"], 2],
  ["140900", "忻州市", ["忻府区", "定襄县", "五台县"], 1],
  ["141000", "临汾市", ["尧都区", "侯马市", "霍州市"], 2],
  ["141100", "吕梁市", ["离石区", "文水县", "交城县"], 1],
];

/** Where a record may be attached, per city (or the province's own level). */
export interface OrgSlot {
  readonly name: string;
  /** How many of the 16 slots this area takes. */
  readonly weight: number;
  readonly gov: number;
  readonly bureau: number;
  readonly aidCentre: number;
  readonly govs: readonly number[];
  readonly bureaus: readonly number[];
  readonly townships: readonly number[];
  readonly committees: readonly number[];
  /** Governments, departments and townships: respondents, defendants, organisers. */
  readonly units: readonly number[];
}

export interface Province {
  readonly rootId: number;
  readonly orgCount: number;
  readonly cities: readonly (OrgSlot & { readonly code: string })[];
  readonly provinceLevel: OrgSlot;
}

export async function insertProvince(db: Database): Promise<Province> {
  return db.transaction(async (tx: Sql) => {
    let count = 0;
    const add = async (parentId: number | null, code: string, name: string, kind: string) => {
      count += 1;
      return (await insertOrg(tx, { parentId, code, name, kind })).id;
    };
    const rootId = await add(null, "140000", "山西省人民政府", "government");
    const departments: number[] = [];
    for (const [code, name, kind] of PROVINCE_DEPARTMENTS)
      departments.push(await add(rootId, `140000-${code}`, name, kind));
    const justice = departments[0] ?? rootId;
    const provinceAid = await add(justice, "140000-AID", "省法律援助中心", "center");
    const provinceCommittee = await add(
      justice,
      "140000-MEDICAL-TW",
      "省医疗纠纷人民调解委员会",
      "committee",
    );
    const cities: (OrgSlot & { code: string })[] = [];
    for (const [code, name, counties, weight] of CITIES) {
      const gov = await add(rootId, code, `${name}人民政府`, "government");
      const bureau = await add(gov, `${code}-SFJ`, `${name}司法局`, "department");
      const aidCentre = await add(bureau, `${code}-AID`, `${name}法律援助中心`, "center");
      const market = await add(gov, `${code}-SCJG`, `${name}市场监督管理局`, "department");
      const medical = await add(
        bureau,
        `${code}-MEDICAL-TW`,
        `${name}医疗纠纷人民调解委员会`,
        "committee",
      );
      const govs = [gov];
      const bureaus = [bureau];
      const townships: number[] = [];
      const committees = [medical];
      const units = [gov, bureau, market];
      for (const [i, county] of counties.entries()) {
        const countyCode = `${code}-C${String(i + 1)}`;
        const countyGov = await add(gov, countyCode, `${county}人民政府`, "government");
        const countyBureau = await add(
          countyGov,
          `${countyCode}-SFJ`,
          `${county}司法局`,
          "department",
        );
        const township = await add(countyGov, `${countyCode}-T1`, `${county}城关镇`, "township");
        const committee = await add(
          township,
          `${countyCode}-T1-TW`,
          `${county}城关镇人民调解委员会`,
          "committee",
        );
        govs.push(countyGov);
        bureaus.push(countyBureau);
        townships.push(township);
        committees.push(committee);
        units.push(countyGov, countyBureau, township);
      }
      cities.push({
        code,
        name,
        weight,
        gov,
        bureau,
        aidCentre,
        govs,
        bureaus,
        townships,
        committees,
        units,
      });
    }
    const provinceLevel: OrgSlot = {
      name: "省本级",
      weight: 1,
      gov: rootId,
      bureau: justice,
      aidCentre: provinceAid,
      govs: [rootId],
      bureaus: [justice],
      townships: [justice, provinceAid],
      committees: [provinceCommittee],
      units: [rootId, ...departments],
    };
    return { rootId, orgCount: count, cities, provinceLevel };
  });
}
