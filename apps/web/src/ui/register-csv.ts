/**
 * Downloads a list of the API as CSV (`Accept: text/csv`), with this tab's token: a plain link
 * cannot carry the bearer header. The file is named for what it holds (`pledge-register.csv`).
 */
export async function downloadCsv(path: string, fileName: string): Promise<void> {
  const token = sessionStorage.getItem('chancery.token');
  const response = await fetch(path, { headers: { accept: 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!response.ok) throw new Error(`The download failed: the server answered ${response.status}.`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
