// Usage (from the module directory): node scripts/check-patterns.js src/main/resources/org/blocklet4j/schema/blocklet.schema.json src/test/resources/org/blocklet4j/schema/patterns.json
// Every pattern of the schema compiles as an ECMAScript regular expression with the u flag (as VS Code compiles
// it) and agrees with the vectors.
const fs = require('fs');
const schema = JSON.parse(fs.readFileSync(process.argv[2]));
const vectors = JSON.parse(fs.readFileSync(process.argv[3]));
const seen = new Map();
(function walk(n, p) {
  if (Array.isArray(n)) return n.forEach((v, i) => walk(v, p + '/' + i));
  if (n && typeof n === 'object') {
    if (typeof n.pattern === 'string' && !seen.has(n.pattern)) seen.set(n.pattern, p);
    for (const [k, v] of Object.entries(n)) if (!['enum', 'const', 'default', 'examples'].includes(k)) walk(v, p + '/' + k);
  }
})(schema, '');
let bad = 0;
for (const [pattern, p] of seen) {
  const re = new RegExp(pattern, 'u');
  const v = vectors[p];
  if (!v) { console.log('no vectors', p); bad++; continue; }
  for (const m of v.match) if (!re.test(m)) { console.log('should match', p, JSON.stringify(m)); bad++; }
  for (const m of v.violate) if (re.test(m)) { console.log('should not match', p, JSON.stringify(m)); bad++; }
}
console.log(seen.size, 'patterns,', bad, 'problems');
