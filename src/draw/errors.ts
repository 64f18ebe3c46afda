/** A draw that cannot be made as published (missing seed value, too few eligible inspectors); the message is Chinese and names the entity or field. */
export class DrawError extends Error {
  override readonly name = "DrawError";
}
