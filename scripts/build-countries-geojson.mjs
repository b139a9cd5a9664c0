// Builds sitrep-server's offline base map, countries-110m.geojson, from Natural Earth 1:110m admin-0 countries
// (public domain) as shipped in the npm package world-atlas 2.0.2 (TopoJSON, ISC), converted with topojson-client 3.
//   mkdir /tmp/ne && cd /tmp/ne && npm install world-atlas@2.0.2 topojson-client@3
//   node /path/to/scripts/build-countries-geojson.mjs /tmp/ne > sitrep-server/src/main/resources/org/sitrep/serve/web/countries-110m.geojson
// Coordinates are rounded to 0.01 degree (about 1 km), well below what 1:110m resolves; properties keep the name.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const dir = process.argv[2];
const require = createRequire(dir + "/package.json");
const { feature } = require("topojson-client");
const topo = JSON.parse(readFileSync(dir + "/node_modules/world-atlas/countries-110m.json", "utf8"));
const fc = feature(topo, topo.objects.countries);
const round = (c) => typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round);
const out = fc.features.map((f) => JSON.stringify({ type: "Feature", properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }));
process.stdout.write('{"type":"FeatureCollection","features":[\n' + out.join(",\n") + "\n]}\n");
