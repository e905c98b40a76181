// Fits each conflict-charts embed iframe (dist/embed.html) to its chart: the embed page posts
// its height, and only the iframe whose window sent the message is resized.
addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'conflict-charts:height' || !(message.height > 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(message.height)}px`;
  }
});
// Iframes that loaded before this script ran posted their height to no one: ask again.
for (const frame of document.querySelectorAll('iframe.conflict-charts-embed')) {
  frame.contentWindow?.postMessage('conflict-charts:height?', '*');
}
