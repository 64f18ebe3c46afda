// Every catalogue catalogue fields may name. Adding one: its file here and one line in the list.
import { checkCatalogues, type CatalogueDeclaration } from "../../kernel/catalogues.js";
import { businessEnvironmentCategory } from "./business-environment.js";
import { industry } from "./industry.js";

const declared: readonly CatalogueDeclaration[] = [industry, businessEnvironmentCategory];

const problems = checkCatalogues(declared);
if (problems.length > 0) throw new Error(`catalogue declarations:\n${problems.join("\n")}`);

export const catalogues = declared;

export function findCatalogue(id: string): CatalogueDeclaration | undefined {
  return catalogues.find((catalogue) => catalogue.id === id);
}

export const catalogueExists = (id: string): boolean => findCatalogue(id) !== undefined;
