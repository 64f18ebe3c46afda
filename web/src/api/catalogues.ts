// Catalogue entries for the pickers of catalogue fields.
import { get } from "./client";
import type { CatalogueEntry } from "./types";

export const searchCatalogue = (catalogue: string, q: string): Promise<CatalogueEntry[]> =>
  get<CatalogueEntry[]>(`/api/catalogues/${encodeURIComponent(catalogue)}/entries`, {
    q,
    limit: 50,
  });

export const catalogueEntry = async (
  catalogue: string,
  code: string,
): Promise<CatalogueEntry | null> =>
  (
    await get<CatalogueEntry[]>(`/api/catalogues/${encodeURIComponent(catalogue)}/entries`, {
      code,
    })
  )[0] ?? null;
