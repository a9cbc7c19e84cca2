/** The media type of a Content-Type header, without its parameters: "application/json; charset=utf-8" → "application/json". */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}
