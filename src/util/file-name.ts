/** A file's name as a reader recognises it in messages and credits: the path's or URL's last segment. */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0];
  const last = path.split(/[\\/]/).filter(Boolean).pop() ?? url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
