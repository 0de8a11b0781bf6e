/**
 * The shipped sample region (Midden-Holland, five municipalities, twelve segments). Every figure except the CAO
 * salaries is made up and labelled *illustratief*: in the data (`illustratief`) and in every output that shows it.
 */
import { leesRegio } from "../../core/regio-invoer";
import type { Regio } from "../../core/regio-definitie";
import data from "./regio.json";

let cache: Regio | undefined;

/** The sample region, validated (fails loudly at first use if the data file is broken). */
export function voorbeeldRegio(): Regio {
  return (cache ??= leesRegio(data));
}

/** The raw data (for writing it into a workbook). */
export const VOORBEELDREGIO_DATA = data;
