/**
 * `load` (a dynamic import) run on the first call and shared by every later one; run again on
 * the next call if it failed, so a chunk that did not arrive can be fetched once more.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}
