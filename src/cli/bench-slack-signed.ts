// Shared by the Slack bench clients, as worker source (plain JS): a body signed the way Slack
// signs it (HMAC-SHA256 of 'v0:timestamp:body') and one timed POST over the keep-alive agent.
// The including source must have `secret`, `agent`, `createHmac` and `http` in scope.
export const SIGNED_POST_SOURCE = `
function signedRequest(body, contentType) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + body).digest('hex');
  return { body, headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body),
    'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature } };
}

function send(url, { body, headers }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(ms) : reject(new Error('Slack mount answered ' + res.statusCode))));
    });
    req.on('error', reject);
    req.end(body);
  });
}
`;
