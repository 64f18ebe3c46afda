// `fazhi catalogue list [ID]` and `fazhi catalogue load ID FILE [--source TEXT]`: the catalogues
// catalogue fields take codes from, and loading a new edition from a CSV or JSON file (all or nothing).
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { catalogues, findCatalogue } from "../domains/catalogues/index.js";
import { asSystem } from "../engine/actor.js";
import {
  CatalogueLoadError,
  editions,
  loadCatalogue,
  searchEntries,
} from "../engine/catalogues.js";
import { CatalogueFileError, readCatalogueText } from "../kernel/catalogue-file.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { success, usageError, type CommandOutput } from "./io.js";

const USAGE =
  "用法：fazhi catalogue list [目录] | fazhi catalogue load 目录 文件 [--source 来源说明]";
const known = () => catalogues.map((catalogue) => catalogue.id).join("、");

export async function catalogueCommand(args: readonly string[]): Promise<CommandOutput> {
  const [verb, id, file, ...rest] = args;
  if (verb === "list") return listCatalogues(id);
  if (verb !== "load") return usageError(USAGE);
  if (id === undefined || file === undefined) return usageError(`${USAGE}（缺少目录或文件）`);
  const catalogue = findCatalogue(id);
  if (!catalogue) return usageError(`未知目录“${id}”；可用目录：${known()}`);
  let source = `文件 ${basename(file)}`;
  if (rest.length > 0) {
    if (rest[0] !== "--source" || rest[1] === undefined || rest.length > 2)
      return usageError(`未知参数“${rest.join(" ")}”。${USAGE}`);
    source = rest[1];
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return usageError(`无法读取文件 ${file}：${(error as Error).message}`);
  }
  let raw;
  try {
    raw = readCatalogueText(text, file);
  } catch (error) {
    if (error instanceof CatalogueFileError) return usageError(error.message);
    throw error;
  }
  const database = await openDatabase(settingsFromEnv());
  try {
    const result = await loadCatalogue(database.db, catalogue, raw, {
      actor: asSystem(`命令行载入目录（${source}）`),
      source,
      at: new Date(),
    });
    const retired =
      result.retired.length > 0
        ? `；新版本不再包含${result.retired.length}条（${result.retired.slice(0, 10).join("、")}${
            result.retired.length > 10 ? "……" : ""
          }），已有记录仍显示其名称，新填报不可再选`
        : "";
    return success(
      `已载入《${catalogue.label}》${result.edition.entryCount}条（SHA-256 ${result.edition.sha256}）${retired}。\n`,
    );
  } catch (error) {
    if (error instanceof CatalogueLoadError) {
      const lines = error.entryProblems.slice(0, 20).map((problem) => `  ${problem.message}`);
      const more = error.entryProblems.length > 20 ? `\n  ……共${error.entryProblems.length}处` : "";
      return usageError(`${error.message}：\n${lines.join("\n")}${more}`);
    }
    throw error;
  } finally {
    await database.close();
  }
}

async function listCatalogues(id: string | undefined): Promise<CommandOutput> {
  const catalogue = id === undefined ? undefined : findCatalogue(id);
  if (id !== undefined && !catalogue) return usageError(`未知目录“${id}”；可用目录：${known()}`);
  const database = await openDatabase(settingsFromEnv());
  try {
    if (catalogue) {
      const entries = await searchEntries(database.db, catalogue, { limit: 100_000 });
      const lines = entries.map((entry) => `${entry.code}\t${entry.name}\t${entry.parent ?? ""}`);
      return success(`code\tname\tparent\n${lines.join("\n")}\n`);
    }
    const inForce = new Map((await editions(database.db)).map((e) => [e.catalogue, e]));
    const lines = catalogues.map((item) => {
      const edition = inForce.get(item.id);
      const facts = edition
        ? `${edition.entryCount}条，${edition.source}，${edition.loadedAt.slice(0, 10)} 由${edition.loadedBy}载入`
        : "未载入";
      return `${item.id}\t${item.label}（${item.source}）\t${facts}`;
    });
    return success(`${lines.join("\n")}\n`);
  } finally {
    await database.close();
  }
}
