// lodash 4.17's omit on the paths a signature's excludes/appended may name, as verifyMultiSig applies them:
// the result, and the source object afterwards (omit shares arrays with its source, so a deep path through an
// array changes the source too).
//
//   NODE_PATH=/tmp/ref/node_modules node omit-vectors.js > \
//     ../../../blocklet-bundle/src/test/resources/org/blocklet4j/bundle/internal/omit.json
const omit = require('lodash/omit');

const source = () => ({
  a: { b: 1, c: [1, { e: 2, f: 3 }, 3], 'b.c': 4, '': { '': 5 } },
  'x.y': 1,
  d: 2,
  '': 6,
  'a\\b': 7,
  list: [{ k: 1 }, [1, 2]],
});
const fields = ['a.c[1]', 'a.c[1].e', 'list[0].k', 'list.1.0', 'list[1]', 'x.y', 'a["b.c"]', "a['b.c']", 'a[b]', '.a',
  'a..', 'a[]', 'a.[0]', 'a[-1]', 'a[1.5]', 'a["b\\"c"]', 'a["b\\\\c"]', 'a[""]', '[0]', 'a.', 'a..b', '.', 'a[b',
  'a]b', 'a[0]]', '["a"].b', 'a[c][1]', 'a."b"', 'a\\b', 'd', ['d', 'a.b'], [['a', 'b']], 5, 'constructor',
  'a.constructor'];
const out = fields.map((field) => {
  const object = source();
  const result = omit(object, field);
  return { field, result, source: object };
});
process.stdout.write(`${JSON.stringify({ source: source(), cases: out }, null, 1)}\n`);
