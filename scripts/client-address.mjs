// Preloaded into `next start` (NODE_OPTIONS=--import …, see scripts/next-start-env.ts).
// Next passes a client's own X-Forwarded-For through untouched (`??=` in base-server), so per-IP
// limits keyed on it can be escaped by sending a new header each time. Here the header is rebuilt
// from the socket before Next sees it:
//   - peer not in TRUSTED_PROXIES: X-Forwarded-For becomes the peer address, whatever the client sent;
//   - peer in TRUSTED_PROXIES: the proxy's chain is kept and the peer appended, and Better Auth
//     (advanced.ipAddress.trustedProxies) walks it from the right to the first untrusted hop.
// Plain JavaScript so that node can preload it without a TypeScript loader.
import http from "node:http";
import net from "node:net";

function plain(address) {
  return typeof address === "string" && address.startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function ipv4ToInt(ip) {
  return ip.split(".").reduce((n, octet) => (n << 8) + Number(octet), 0) >>> 0;
}

function parseTrusted(list) {
  return (list || "").split(",").map((s) => s.trim()).filter(Boolean).map((entry) => {
    const [base, bits] = entry.split("/");
    if (net.isIPv4(base)) {
      const prefix = bits === undefined ? 32 : Number(bits);
      const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
      return (ip) => net.isIPv4(ip) && (ipv4ToInt(ip) & mask) === (ipv4ToInt(base) & mask);
    }
    const blockList = new net.BlockList();
    if (bits === undefined) blockList.addAddress(base, "ipv6");
    else blockList.addSubnet(base, Number(bits), "ipv6");
    return (ip) => net.isIPv6(ip) && blockList.check(ip, "ipv6");
  });
}

const trusted = parseTrusted(process.env.TRUSTED_PROXIES);

function rewrite(req) {
  const peer = plain(req.socket && req.socket.remoteAddress);
  if (!peer) return;
  const forwarded = req.headers["x-forwarded-for"];
  const chain = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  req.headers["x-forwarded-for"] = trusted.some((match) => match(peer)) && chain ? `${chain}, ${peer}` : peer;
  delete req.headers["x-real-ip"];
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && req.headers) rewrite(req);
  return emit.call(this, event, req, ...rest);
};
// Lets the app refuse to trust forwarding headers when it runs without this file.
process.env.BRIEFDECK_CLIENT_ADDRESS = "socket";
