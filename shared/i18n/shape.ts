/** A message catalog: nested sections of text. */
export interface CatalogShape {
  [key: string]: string | CatalogShape;
}
